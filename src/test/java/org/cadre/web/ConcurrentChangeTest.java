package org.cadre.web;

import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request that PostgreSQL fails to break a deadlock or a serialisation conflict has written nothing and can be
 * sent again: the caller gets 409 with Retry-After, not a 500 with a reference to quote.
 */
class ConcurrentChangeTest {

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    }

    @Test
    void deadlocksAndSerialisationFailuresAreFoundAnywhereInTheCauses() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        assertTrue(ErrorMapper.lostToConcurrentChange(deadlock));
        assertTrue(ErrorMapper.lostToConcurrentChange(new PessimisticLockException(new RuntimeException(deadlock))));
        assertTrue(ErrorMapper.lostToConcurrentChange(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertFalse(ErrorMapper.lostToConcurrentChange(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(ErrorMapper.lostToConcurrentChange(new IllegalStateException("no SQL at all")));
        RuntimeException loop = new RuntimeException("a cause that points back");
        RuntimeException outer = new RuntimeException(loop);
        loop.initCause(outer);
        assertFalse(ErrorMapper.lostToConcurrentChange(outer), "a cycle of causes ends");
    }

    @Test
    void theApiAnswers409WithRetryAfterInsteadOf500() {
        ErrorMapper mapper = new ErrorMapper();
        Response lost = mapper.unexpected(new PessimisticLockException(new SQLException("deadlock detected", "40P01")),
                uri("/api/v1/sessions/x/attendance"));
        assertEquals(409, lost.getStatus());
        assertEquals(Problem.MEDIA_TYPE, lost.getMediaType().toString());
        assertEquals("1", lost.getHeaderString("Retry-After"));
        Problem problem = (Problem) lost.getEntity();
        assertTrue(problem.type().endsWith("/concurrent-change"), problem.type());

        Response other = mapper.unexpected(new IllegalStateException("a bug"), uri("/api/v1/sessions/x/attendance"));
        assertEquals(500, other.getStatus());
    }
}
