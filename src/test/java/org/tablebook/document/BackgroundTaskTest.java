package org.tablebook.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final TaskRunner runner = new ImmediateTaskRunner();

    @Test
    void successGoesToTheSuccessHandlerThenFinally() {
        List<String> log = new ArrayList<>();
        BackgroundTask.of(() -> 42).onSuccess(v -> log.add("ok " + v)).onFailure(e -> log.add("failed"))
                .onFinally(() -> log.add("finally")).runWith(runner);
        assertEquals(List.of("ok 42", "finally"), log);
    }

    @Test
    void aTypedHandlerTakesItsExceptionBeforeTheGeneralOne() {
        List<String> log = new ArrayList<>();
        BackgroundTask.of(() -> {
            throw new IOException("disk gone");
        }).onFailure(IOException.class, e -> log.add("io: " + e.getMessage()))
                .onFailure(e -> log.add("general"))
                .onFinally(() -> log.add("finally"))
                .runWith(runner);
        assertEquals(List.of("io: disk gone", "finally"), log);
    }

    @Test
    void otherFailuresReachTheGeneralHandler() {
        List<String> log = new ArrayList<>();
        BackgroundTask.of(() -> {
            throw new IllegalStateException("odd");
        }).onFailure(IOException.class, e -> log.add("io"))
                .onFailure(e -> log.add("general: " + e.getMessage()))
                .runWith(runner);
        assertEquals(List.of("general: odd"), log);
    }
}
