package charfinder.details;

/** One field of an item's details: its JSON key, its label for people, and its value. */
public record Field(String key, String label, Value value) {
}
