package nl.dossier.ci;

import nl.dossier.TestScripts;
import nl.dossier.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pull-request workflow is a thin wrapper around the steps of .ci/run: every {@code run:} is
 * one of them, in the same order; the scripts exist and are executable; the content check's
 * annotations come out even when the tests fail, and neither step hides the other's failure.
 */
class WorkflowTest {
    static final Path ROOT = TestSites.projectRoot();
    static final List<String> SCRIPTS = List.of(".ci/install", ".ci/check-content");

    static String testCommand;
    static List<Map<String, Object>> steps;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        // The README's test command is the line under "# Run all tests"; CI must run exactly it.
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i < readme.size() && at < 0; i++) if (readme.get(i).startsWith("# Run all tests")) at = i + 1;
        assertTrue(at > 0 && at < readme.size(), "README.md has a '# Run all tests' line followed by the command");
        testCommand = readme.get(at).strip();

        Object doc = new Load(LoadSettings.builder().setLabel("pull-request.yml").build())
                .loadFromString(Files.readString(ROOT.resolve(".github/workflows/pull-request.yml")));
        Map<String, Object> workflow = (Map<String, Object>) assertInstanceOf(Map.class, doc);
        assertTrue(((Map<String, Object>) workflow.get("on")).containsKey("pull_request"), "runs on pull requests");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertEquals(1, jobs.size(), "one job: " + jobs.keySet());
        Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
        steps = (List<Map<String, Object>>) job.get("steps");
    }

    /** CI's steps, in order: what .ci/run runs and the workflow runs. */
    static List<String> ciSteps() {
        return List.of(SCRIPTS.get(0), SCRIPTS.get(1), testCommand);
    }

    @Test
    void everyRunIsOneOfTheStepsOfCiRunInItsOrder() {
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            assertTrue(step.containsKey("uses") != step.containsKey("run"), "a step uses an action or runs a command: " + step);
            if (step.containsKey("run")) runs.add(((String) step.get("run")).strip());
        }
        assertEquals(ciSteps(), runs, "the workflow's run: steps are .ci/run's steps, nothing installed or run besides them");
    }

    @Test
    void theScriptsExistAreExecutableAndParse(@TempDir Path tmp) throws Exception {
        List<String> all = new ArrayList<>(SCRIPTS);
        all.add(".ci/run");
        for (String script : all) {
            Path file = ROOT.resolve(script);
            assertTrue(Files.isRegularFile(file) && Files.isExecutable(file), script + " exists and is executable");
            assertEquals("#!/usr/bin/env bash", Files.readAllLines(file).get(0), script);
            TestScripts.Result r = TestScripts.bash(ROOT, Map.of(), tmp, 30, "bash -n " + script);
            assertEquals(0, r.exit(), r.printed());
        }
    }

    @Test
    void theContentCheckRunsFirstAndTheTestsRunWhenItFailed() {
        int check = indexOfRun(SCRIPTS.get(1));
        int tests = indexOfRun(testCommand);
        if (check < tests) {
            assertTrue(runsAfterAFailedStep(steps.get(tests).get("if")),
                    "the tests run even when the content check failed: " + steps.get(tests));
        } else {
            assertTrue(runsAfterAFailedStep(steps.get(check).get("if")),
                    "the content check runs even when the tests failed: " + steps.get(check));
        }
    }

    /**
     * A step runs after a failed one only when its {@code if} holds a status function other than
     * success(); without one GitHub adds success().
     */
    static boolean runsAfterAFailedStep(Object condition) {
        return condition instanceof String s && (s.contains("always()") || s.contains("!cancelled()")) && !s.contains("success()");
    }

    private static int indexOfRun(String command) {
        for (int i = 0; i < steps.size(); i++) {
            Object run = steps.get(i).get("run");
            if (run instanceof String s && s.strip().equals(command)) return i;
        }
        throw new AssertionError("no step runs " + command);
    }

    /**
     * The real .ci/run with stand-ins for its steps that record their calls and fail on demand:
     * it runs the workflow's steps in the workflow's order, the tests even when the content check
     * failed, and fails when any step failed.
     */
    @ParameterizedTest(name = "install {0}, content check {1}, tests {2}")
    @CsvSource({"0,0,0", "0,1,0", "0,0,1", "0,1,1", "1,0,0"})
    void ciRunRunsTheSameStepsAndHidesNoFailure(int install, int check, int tests, @TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve(".ci"));
        Files.copy(ROOT.resolve(".ci/run"), project.resolve(".ci/run"));
        Path calls = tmp.resolve("calls");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        String testProgram = testCommand.split(" ")[0];
        standIn(project.resolve(SCRIPTS.get(0)), SCRIPTS.get(0), "INSTALL_EXIT");
        standIn(project.resolve(SCRIPTS.get(1)), SCRIPTS.get(1), "CHECK_EXIT");
        standIn(bin.resolve(testProgram), testProgram + " $*", "TEST_EXIT");

        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("CALLS", calls.toString());
        env.put("INSTALL_EXIT", String.valueOf(install));
        env.put("CHECK_EXIT", String.valueOf(check));
        env.put("TEST_EXIT", String.valueOf(tests));
        TestScripts.Result r = TestScripts.bash(tmp, env, tmp, 60, "bash project/.ci/run");

        List<String> ran = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        if (install != 0) {
            assertEquals(List.of(SCRIPTS.get(0)), ran, "nothing runs after a failed install");
        } else {
            assertEquals(ciSteps(), ran, "the workflow's steps, in its order");
        }
        if (install == 0 && check == 0 && tests == 0) assertEquals(0, r.exit(), r.printed());
        else assertNotEquals(0, r.exit(), "a failed step fails .ci/run\n" + r.printed());
    }

    private static void standIn(Path file, String record, String exitVariable) throws IOException {
        Files.writeString(file, "#!/bin/sh\necho \"" + record + "\" >> \"$CALLS\"\nexit \"$" + exitVariable + "\"\n");
        assertTrue(file.toFile().setExecutable(true));
    }
}
