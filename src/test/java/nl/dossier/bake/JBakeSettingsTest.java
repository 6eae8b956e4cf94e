package nl.dossier.bake;

import nl.dossier.Listener;
import nl.dossier.TestSites;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * JBake's settings are Dossier's and JBake's defaults, taken as written: commons-configuration's
 * lookups ({@code ${url:…}}, {@code ${sys:…}}, …) never run, and nothing from outside (system
 * properties) gets in. The project's own JBake files are refused (see BrokenInputTest).
 */
class JBakeSettingsTest {

    @Test
    void aLookupInAValueIsKeptAsText(@TempDir Path destination) throws Exception {
        try (Listener listener = new Listener()) {
            DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) JBakeSettings.create(TestSites.projectRoot(), destination);
            String url = "${url:UTF-8:" + listener.url("/encoding") + "}";
            config.setProperty("render.encoding", url);
            config.setProperty("version", "${sys:user.home}");

            assertEquals(url, config.getRenderEncoding());
            assertEquals("${sys:user.home}", config.getVersion());
            assertEquals("${sys:user.home}", config.asHashMap().get("version"));
            assertEquals(List.of(), listener.requests());
        }
    }

    @Test
    void systemPropertiesAreNotJBakeSettings(@TempDir Path destination) throws Exception {
        try (Listener listener = new Listener()) {
            System.setProperty("freemarker.timezone", "${url:UTF-8:" + listener.url("/timezone") + "}");
            try {
                assertNull(JBakeSettings.create(TestSites.projectRoot(), destination).getFreemarkerTimeZone());
            } finally {
                System.clearProperty("freemarker.timezone");
            }
            assertEquals(List.of(), listener.requests());
        }
    }

    @Test
    void jbakesOwnDefaultsAndDossiersSettingsStillApply(@TempDir Path destination) {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) JBakeSettings.create(TestSites.projectRoot(), destination);
        assertEquals("v2.7.0", config.getVersion(), "from JBake's default.properties");
        assertEquals("page.ftl", config.getTemplateFileByDocType("page").getName());
        assertEquals(false, config.getRenderIndex(), "Dossier's setting wins over JBake's default");
        assertEquals(destination.toFile(), config.getDestinationFolder());
    }
}
