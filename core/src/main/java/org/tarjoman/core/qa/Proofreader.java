package org.tarjoman.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool embedded, English and Russian: the spelling and grammar matches of a target's plain text.
 * Nothing is loaded until the first check of a language (or {@link #warmUp()}), so an application that
 * holds one starts as fast as one that does not; loading a language takes seconds and tens of MB.
 *
 * <p>A {@link JLanguageTool} is not thread-safe, and making one parses the language's rule files again
 * (hundreds of ms), so each language keeps a pool: a check takes an instance, or makes one when all are
 * busy, and gives it back. The pool grows to the number of checks that ran at once, no further.
 *
 * <p>Only what QA does not check itself is kept: spelling, and the rule categories about grammar and
 * wrong words. Typography, punctuation and spaces ({@link PunctuationCheck}, {@link SpacesCheck}) and
 * style (a translator's choice) are left out: they would repeat our findings in other words or flood a
 * newsroom's plain style with advice.
 */
public final class Proofreader {

    /** The English spelling a newsroom writes; LanguageTool spells only in a variant. */
    public enum EnglishSpelling {
        BRITISH("en-GB"), AMERICAN("en-US");

        private final String code;

        EnglishSpelling(String code) {
            this.code = code;
        }
    }

    /** One match: a plain-text range, whether it is a spelling mistake, LanguageTool's message and rule. */
    record Issue(int start, int end, boolean spelling, String message, List<String> suggestions, String rule) {
    }

    /** LanguageTool's category ids whose rules QA leaves out (see the class comment). */
    private static final Set<String> LEFT_OUT_CATEGORIES = Set.of("TYPOGRAPHY", "PUNCTUATION", "STYLE",
            "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE", "WIKIPEDIA", "CREATIVE_WRITING", "TEXT_ANALYSIS",
            "MISUSED_TERMS_EU_PUBLICATIONS", "SEMANTICS");
    /** Rules of kept categories that repeat a check of ours or misread news: spaces and sentence-start case (headlines, quotes). */
    private static final Set<String> LEFT_OUT_RULES = Set.of("WHITESPACE_RULE", "UPPERCASE_SENTENCE_START",
            "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE", "DOUBLE_PUNCTUATION", "UNPAIRED_BRACKETS",
            "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES", "RU_UNPAIRED_BRACKETS", "PUNCTUATION_PARAGRAPH_END");

    private final Map<TargetLanguage, String> languages = new EnumMap<>(TargetLanguage.class);
    private final Map<TargetLanguage, Queue<JLanguageTool>> pools = new EnumMap<>(TargetLanguage.class);

    public Proofreader() {
        this(EnglishSpelling.BRITISH);
    }

    public Proofreader(EnglishSpelling english) {
        languages.put(TargetLanguage.EN, english.code);
        languages.put(TargetLanguage.RU, "ru-RU");
        for (TargetLanguage language : TargetLanguage.values()) {
            pools.put(language, new ConcurrentLinkedQueue<>());
        }
    }

    /** Loads both languages and runs a check in each, so the first save does not pay for it. */
    public void warmUp() {
        proofread("The president arrived in Moscow.", TargetLanguage.EN);
        proofread("Президент прибыл в Москву.", TargetLanguage.RU);
    }

    List<Issue> proofread(String plain, TargetLanguage language) {
        if (plain.isBlank()) {
            return List.of();
        }
        Queue<JLanguageTool> pool = pools.get(language);
        JLanguageTool tool = pool.poll();
        if (tool == null) {
            tool = open(language);
        }
        try {
            return tool.check(plain).stream()
                    .filter(Proofreader::kept)
                    .map(Proofreader::issue)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not read its " + language + " data", e);
        } finally {
            pool.offer(tool);
        }
    }

    /** LanguageTool's languages are singletons it finds on the class path by their codes; {@code new BritishEnglish()} is refused. */
    private JLanguageTool open(TargetLanguage language) {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(languages.get(language)));
        for (String rule : LEFT_OUT_RULES) {
            tool.disableRule(rule);
        }
        return tool;
    }

    private static boolean kept(RuleMatch match) {
        return match.getRule().isDictionaryBasedSpellingRule()
                || !LEFT_OUT_CATEGORIES.contains(match.getRule().getCategory().getId().toString());
    }

    private static Issue issue(RuleMatch match) {
        String message = match.getMessage().replaceAll("</?suggestion>", "\"");
        return new Issue(match.getFromPos(), match.getToPos(), match.getRule().isDictionaryBasedSpellingRule(),
                message, match.getSuggestedReplacements().stream().limit(3).toList(), match.getRule().getId());
    }
}
