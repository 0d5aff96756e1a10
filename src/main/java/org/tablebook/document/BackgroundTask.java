package org.tablebook.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for the background thread, with what to do on the JavaFX thread when it is done. Handlers
 * for a specific exception class run instead of the general failure handler:
 * <pre>
 * BackgroundTask.of(() -> store.loadSnapshot())
 *     .onSuccess(this::show)
 *     .onFailure(ValidationException.class, e -> error.set(e.getMessage()))
 *     .onFailure(dialogs::showUnexpected)
 *     .runWith(tasks);
 * </pre>
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private final List<TypedHandler<?>> typedHandlers = new ArrayList<>();
    private Consumer<Throwable> onFailure;
    private Runnable onFinally = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> ofRunnable(ThrowingRunnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public <E extends Throwable> BackgroundTask<T> onFailure(Class<E> type, Consumer<? super E> handler) {
        typedHandlers.add(new TypedHandler<>(type, handler));
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success or failure, on the JavaFX thread: for clearing a "busy" flag. */
    public BackgroundTask<T> onFinally(Runnable handler) {
        this.onFinally = Objects.requireNonNull(handler);
        return this;
    }

    public void runWith(TaskRunner runner) {
        runner.run(this);
    }

    /** Called by a runner on the background thread. */
    T call() throws Exception {
        return work.call();
    }

    /** Called by a runner on the JavaFX thread. */
    void succeed(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinally.run();
        }
    }

    /** Called by a runner on the JavaFX thread. */
    void fail(Throwable error) {
        try {
            for (TypedHandler<?> h : typedHandlers) {
                if (h.type.isInstance(error)) {
                    h.accept(error);
                    return;
                }
            }
            if (onFailure != null) {
                onFailure.accept(error);
            } else {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, error);
            }
        } finally {
            onFinally.run();
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private record TypedHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        void accept(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
