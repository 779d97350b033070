package ge.mimartva.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed on a unique constraint (SQLState 23505), so that a second creation of the same
 * aggregate is reported as such (AggregateStreamCreationException / ConcurrencyException) and not as a broken event
 * store. Axon's own JDBC resolver misses PostgreSQL's violation when it comes wrapped in a batch update.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
