package ge.mimartva.platform.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a handler gathers over the batch of events it is part of (the root unit of work of an event processor's
 * batch, or of a command), finished once, just before that batch commits.
 */
public final class BatchResources {

    private BatchResources() {
    }

    /**
     * The batch's resource of this type, made on first use; {@code beforeCommit} finishes it before the batch commits.
     * Empty outside a batch.
     */
    public static <T> Optional<T> ofCurrentBatch(Class<T> type, Supplier<T> make, Consumer<T> beforeCommit) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return Optional.of(batch.getOrComputeResource(type.getName(), key -> {
            T resource = make.get();
            batch.onPrepareCommit(u -> beforeCommit.accept(resource));
            return resource;
        }));
    }

    /** The batch's resource of this type, if the batch has made one. */
    public static <T> Optional<T> existing(Class<T> type) {
        return CurrentUnitOfWork.isStarted()
                ? Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(type.getName())) : Optional.empty();
    }
}
