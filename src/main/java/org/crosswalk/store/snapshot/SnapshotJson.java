package org.crosswalk.store.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.crosswalk.model.WorkspaceContent;

/**
 * A snapshot's content as JSON of the model records: only the records' own components are
 * written (not derived answers such as {@code isNoMention}), and fields a later Crosswalk adds
 * are ignored when reading, so a snapshot stays readable across versions.
 */
final class SnapshotJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(dates())
            .build();

    private SnapshotJson() {
    }

    /** A priority's due date as "2027-03-31", as the workspace stores it (no extra Jackson module needed). */
    private static com.fasterxml.jackson.databind.module.SimpleModule dates() {
        com.fasterxml.jackson.databind.module.SimpleModule module = new com.fasterxml.jackson.databind.module.SimpleModule();
        module.addSerializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer());
        module.addDeserializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<>(
                java.time.LocalDate.class) {
            @Override
            protected java.time.LocalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext context) {
                return java.time.LocalDate.parse(value);
            }
        });
        return module;
    }

    static String write(WorkspaceContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A workspace's content could not be written as JSON", e);
        }
    }

    static WorkspaceContent read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, WorkspaceContent.class);
    }
}
