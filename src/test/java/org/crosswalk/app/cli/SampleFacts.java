package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Counts read straight from the bundled sample file, so the tests do not trust the code under test. */
record SampleFacts(int themes, int priorities, int subItems, int links, int noMention, int planItems) {

    static SampleFacts read() {
        JsonNode sample = json("/samples/oxfordshire-hib-2019.json");
        int themes = 0;
        int priorities = 0;
        int subItems = 0;
        int links = 0;
        int noMention = 0;
        for (JsonNode theme : sample.get("themes")) {
            themes++;
            for (JsonNode priority : theme.get("priorities")) {
                priorities++;
                subItems += priority.get("subItems").size();
                links += priority.get("links").size();
                JsonNode wording = priority.get("noMention");
                if (wording != null && !wording.isNull() && !wording.asText().isBlank()) {
                    noMention++;
                }
            }
        }
        return new SampleFacts(themes, priorities, subItems, links, noMention,
                countItems(json("/plans/nhs-ltp-2019.json")));
    }

    private static int countItems(JsonNode node) {
        int count = 0;
        if (node.has("items") && node.get("items").isArray()) {
            count += node.get("items").size();
        }
        for (String child : new String[] {"chapters", "sections"}) {
            if (node.has(child)) {
                for (JsonNode next : node.get(child)) {
                    count += countItems(next);
                }
            }
        }
        return count;
    }

    private static JsonNode json(String resource) {
        try (InputStream in = SampleFacts.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
