package org.tablebook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.Entity;

class JsonTest {
    static Stream<Entity> everyKind() {
        return new Fixtures().snapshot().entities();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void readsBackIntoAnEqualRecord(Entity e) throws Exception {
        String json = Json.mapper().writeValueAsString(e);
        assertEquals(e, Json.mapper().readValue(json, e.getClass()), json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void writesExactlyTheComponentsInDeclarationOrder(Entity e) throws Exception {
        JsonNode tree = Json.mapper().readTree(Json.mapper().writeValueAsString(e));
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        List<String> components = Arrays.stream(e.getClass().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertEquals(components, fields);
    }

    @Test
    void writesTimesAsIsoText() throws Exception {
        Fixtures f = new Fixtures();
        JsonNode session = Json.mapper().readTree(Json.mapper().writeValueAsString(f.session));
        assertEquals("2026-03-03", session.get("date").asText());
        assertEquals("09:30:00", session.get("start").asText());
        assertEquals("2026-03-02T09:06:00.123456789Z", session.get("createdAt").asText());
        assertTrue(session.get("attendeeIds").isArray());
    }

    @Test
    void sameRecordGivesTheSameText() throws Exception {
        Fixtures f = new Fixtures();
        assertEquals(Json.mapper().writeValueAsString(f.sidebar),
                Json.mapper().writeValueAsString(new Fixtures().sidebar));
    }
}
