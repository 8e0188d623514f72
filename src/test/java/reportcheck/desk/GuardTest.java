package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuardTest {
    private final Guard loopback = new Guard(DeskServer.hostNames(null), 8765, null);

    @Test
    void theHostMustBeThisServerWithItsPort() {
        assertNull(loopback.refuse("GET", "127.0.0.1:8765", null, null, null));
        assertNull(loopback.refuse("GET", "LOCALHOST:8765", null, null, null));
        assertNull(loopback.refuse("GET", "[::1]:8765", null, null, null));
        assertNotNull(loopback.refuse("GET", "127.0.0.1", null, null, null));
        assertNotNull(loopback.refuse("GET", "127.0.0.1:80", null, null, null));
        assertNotNull(loopback.refuse("GET", "attacker.example:8765", null, null, null));
        assertNotNull(loopback.refuse("GET", "127.0.0.1.attacker.example:8765", null, null, null));
        assertNotNull(loopback.refuse("GET", null, null, null, null));
    }

    @Test
    void changesComeOnlyFromTheDesksOwnPages() {
        assertNull(loopback.refuse("POST", "127.0.0.1:8765", "http://127.0.0.1:8765", "same-origin", "cors"));
        assertNotNull(loopback.refuse("POST", "127.0.0.1:8765", null, null, null));
        assertNotNull(loopback.refuse("POST", "127.0.0.1:8765", "null", null, null), "a sandboxed or file page");
        assertNotNull(loopback.refuse("POST", "127.0.0.1:8765", "http://127.0.0.1:9999", null, null));
        assertNotNull(loopback.refuse("POST", "127.0.0.1:8765", "https://127.0.0.1:8765", null, null));
        assertNotNull(loopback.refuse("POST", "127.0.0.1:8765", "http://127.0.0.1:8765/x", null, null));
        // following a link from elsewhere to the desk is a navigation; loading its data from elsewhere is not
        assertNull(loopback.refuse("GET", "127.0.0.1:8765", null, "cross-site", "navigate"));
        assertNotNull(loopback.refuse("GET", "127.0.0.1:8765", null, "cross-site", "no-cors"));
    }

    @Test
    void aTokenIsNeededOnlyWhenOneIsSet() {
        assertTrue(loopback.admits(null, null));
        Guard open = new Guard(DeskServer.hostNames("192.168.1.20"), 8765, "secret-token");
        assertNull(open.refuse("GET", "192.168.1.20:8765", null, null, null));
        assertFalse(open.admits(null, null));
        assertFalse(open.admits("secret-tokem", null));
        assertTrue(open.admits("secret-token", null));
        assertTrue(open.admits(null, "secret-token"));
    }
}
