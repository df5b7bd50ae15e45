package org.tarjoman.api.web;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's rules, run inside the page) on what the browser shows now: the violations a person
 * with a screen reader or a keyboard would meet that axe rates serious or critical, WCAG 2.1 A and AA.
 */
final class Accessibility {

    private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Accessibility() {
    }

    /** The serious and critical violations, each as its rule, its help text and the elements it found. */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(STANDARDS).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .limit(5).collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + where;
    }
}
