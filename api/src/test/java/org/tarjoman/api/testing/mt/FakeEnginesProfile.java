package org.tarjoman.api.testing.mt;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app with machine translation through local fakes: English by the OpenAI-compatible engine then
 * DeepL, Russian by DeepL. The servers live as long as the test JVM, shared by every test of the profile.
 */
public class FakeEnginesProfile implements QuarkusTestProfile {

    public static final FakeChatCompletions CHAT = new FakeChatCompletions();
    public static final FakeDeepl DEEPL = new FakeDeepl();
    public static final String OPENAI_KEY = "sk-profile-test-key";
    public static final String DEEPL_KEY = "deepl-profile-test-key:fx";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("tarjoman.mt.engines.en", "openai,deepl");
        config.put("tarjoman.mt.engines.ru", "deepl");
        config.put("tarjoman.mt.openai.base-url", CHAT.baseUrl());
        config.put("tarjoman.mt.openai.model", "test-model");
        config.put("tarjoman.mt.openai.api-key", OPENAI_KEY);
        config.put("tarjoman.mt.openai.timeout", "2s");
        config.put("tarjoman.mt.deepl.api-key", DEEPL_KEY);
        config.put("tarjoman.mt.deepl.url", DEEPL.url().toString());
        config.put("tarjoman.mt.max-retry-after", "1s");
        return config;
    }
}
