package charfinder.details;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.Item;
import charfinder.index.TestIndex;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.DisplayChar;
import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON document and the text of {@code --info} say the same of every probe: each member of
 * the JSON is a line of the text, in the same order, with the same value.
 */
class DetailsFormsAgreeTest {

    private static final UnicodeNameIndex INDEX = TestIndex.get();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Item> probes() {
        return Stream.of(
            Item.of(0x00E9), Item.of(0x00A0), Item.of(0xFB01), Item.of(0x1F600), Item.of(0x65E5), Item.of(0xAC00),
            Item.of(0x0041), Item.of(0x2167), Item.of(0x1FAE0), Item.of(0x1F1F0, 0x1F1F7), Item.of(0x0009),
            Item.of(0x0378), Item.of(0xD800), Item.of(0xE000), Item.of(0xFFFF), Item.of(0x00BD), Item.of(0x0301),
            Item.of(0x1F44D, 0x1F3FD));
    }

    @ParameterizedTest
    @MethodSource("probes")
    void jsonAndTextAgreeFieldByField(Item item) throws Exception {
        ItemDetails details = Details.of(INDEX, item, "ko");
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = JsonItems.factory().createGenerator(json)) {
            DetailsJson.write(generator, details);
        }
        JsonNode document = MAPPER.readTree(json.toString());
        assertThat(document.size()).as("one member per field").isEqualTo(details.fields().size());

        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : document.properties()) {
            Field field = details.field(member.getKey());
            assertThat(field).as("a field for JSON member %s", member.getKey()).isNotNull();
            if (member.getKey().equals("char")) {
                assertThat(member.getValue().asText()).isEqualTo(item.text());
                expected.add(field.label() + " = " + DisplayChar.of(INDEX, item));
            } else {
                expectLines(expected, field.label(), field.value(), member.getValue());
            }
        }

        List<String> actual = new ArrayList<>();
        for (String line : DetailsText.format(INDEX, details).split("\n")) {
            String[] labelAndValue = line.split(" {2,}", 2);
            actual.add(labelAndValue[0] + " = " + labelAndValue[1]);
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** The text line(s) a JSON value must be, labelled by the model's labels for its keys. */
    private static void expectLines(List<String> lines, String label, Value value, JsonNode node) {
        if (node.isTextual()) {
            lines.add(label + " = " + node.asText());
        } else if (node.isArray()) {
            List<String> texts = new ArrayList<>();
            node.forEach(t -> texts.add(t.asText()));
            lines.add(label + " = " + String.join(", ", texts));
        } else if (node.size() == 2 && node.has("code") && node.has("name")) {
            lines.add(label + " = " + node.get("code").asText() + " (" + node.get("name").asText() + ")");
        } else {
            List<Field> fields = ((Value.Group) value).fields();
            assertThat(node.size()).as("members of %s", label).isEqualTo(fields.size());
            int i = 0;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Field field = fields.get(i++);
                assertThat(member.getKey()).isEqualTo(field.key());
                expectLines(lines, label + " " + field.label(), field.value(), member.getValue());
            }
        }
    }
}
