package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void withinClampsToTheAnswer() {
        assertThat(new Paging(0, 50).within(14)).isEqualTo(new Paging(0, 14));
        assertThat(new Paging(20, 30).within(14)).isEqualTo(new Paging(14, 14));
        assertThat(new Paging(5, 5).within(14).size()).isZero();
        assertThat(new Paging(3, Integer.MAX_VALUE).within(14)).isEqualTo(new Paging(3, 14));
    }

    @Test
    void limitedToCapsThePageSize() {
        assertThat(new Paging(10, 5000).limitedTo(1000)).isEqualTo(new Paging(10, 1010));
        assertThat(new Paging(Integer.MAX_VALUE - 1, Integer.MAX_VALUE).limitedTo(1000).size()).isEqualTo(1);
    }

    @Test
    void badBoundsAreRefused() {
        assertThatThrownBy(() -> new Paging(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paging(5, 4)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("stop");
    }
}
