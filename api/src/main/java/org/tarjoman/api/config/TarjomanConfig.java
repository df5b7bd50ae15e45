package org.tarjoman.api.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Tarjoman's own settings ({@code tarjoman.*}, or {@code TARJOMAN_*} in the environment). */
@ConfigMapping(prefix = "tarjoman")
public interface TarjomanConfig {

    /** Folder of the embedded H2 database and other local files. */
    @WithDefault("./data")
    String dataDir();

    /** {@link #dataDir()} made absolute; derived by {@link DataPathConfigSourceFactory}, not set by hand. */
    String dataPath();

    /**
     * The address clients reach the app at ({@code https://tarjoman.example.org}, behind a proxy), for
     * absolute links such as {@code Location}. Unset, links are relative to the request: the
     * {@code Host} header a client sends never goes into an answer.
     */
    Optional<java.net.URI> publicUrl();

    /**
     * The database: {@code h2} (embedded, the default) or {@code postgresql} ({@code TARJOMAN_DB}), read at start
     * by {@link org.tarjoman.api.persistence.DatabaseChoice}, with the connection below when it is not the default.
     */
    @WithDefault("h2")
    String db();

    /** The JDBC URL of the chosen database ({@code TARJOMAN_DB_URL}). */
    @WithName("db.url")
    Optional<String> dbUrl();

    /** {@code TARJOMAN_DB_USERNAME} */
    @WithName("db.username")
    Optional<String> dbUsername();

    /** {@code TARJOMAN_DB_PASSWORD}; never logged. */
    @WithName("db.password")
    Optional<String> dbPassword();

    Segmentation segmentation();

    Memory memory();

    Xliff xliff();

    Requests requests();

    Jobs jobs();

    Qa qa();

    Webhooks webhooks();

    RateLimit rateLimit();

    /**
     * A key registered at start as the full-scope API key {@code bootstrap} ({@code TARJOMAN_API_KEY}),
     * so a newsroom system can call the API before anyone signed in.
     */
    Optional<String> apiKey();

    Admin admin();

    Security security();

    SignIn signIn();

    Mt mt();

    Pretranslation pretranslation();

    /**
     * How a node works through the queue of segments waiting for machine translation ({@code job.mt}); the
     * engines and the threshold are {@code tarjoman.mt.*}.
     */
    interface Pretranslation {

        /** Segments per call to the engines. */
        @WithDefault("10")
        int batchSize();

        /** Engine calls this node runs at once. */
        @WithDefault("4")
        int calls();

        /** How often the node looks for queued segments (it also looks right after a commit that queued some). */
        @WithDefault("2s")
        Duration pollInterval();

        /** How long a claimed batch is the node's; longer than any engine call with its retries. */
        @WithDefault("5m")
        Duration lease();
    }

    interface Admin {

        /** Creates the user {@code admin} (every role) at start when there is no admin ({@code TARJOMAN_ADMIN_PASSWORD}). */
        Optional<String> password();
    }

    interface Security {

        /** Whether {@code /q/metrics}, {@code /q/openapi} and {@code /q/swagger-ui} answer without sign-in. */
        @WithDefault("false")
        boolean openDocs();

        /** Marks the session and CSRF cookies {@code Secure} even when the request did not come over TLS (a proxy ends TLS). */
        @WithDefault("false")
        boolean secureCookies();
    }

    /** Failed sign-ins slow the next attempts of the same name or address down: {@code first-delay × 2^(failures − 1)}. */
    interface SignIn {

        @WithDefault("250ms")
        Duration firstDelay();

        @WithDefault("8s")
        Duration maxDelay();
    }

    interface Segmentation {

        /** Largest article accepted by the segmentation endpoint. */
        @WithDefault("2M")
        MemorySize maxBodySize();
    }

    interface Memory {

        /** TMX files up to this size are imported while the client waits; larger ones in the background. */
        @WithDefault("10M")
        MemorySize syncImportLimit();

        /** How often each node applies memory writes made by other nodes. */
        @WithDefault("500ms")
        Duration syncInterval();

        /** Largest TMX file imported; it is streamed to a spool file, so this bounds disk, not memory. */
        @WithDefault("1G")
        MemorySize maxImportSize();

        /**
         * Folder of this node's memory index snapshots, read at start instead of rebuilding each index from
         * the database (see {@code MemoryIndexes}); unset (an empty value) keeps none. Local to the node.
         */
        Optional<String> snapshotDir();
    }

    interface Xliff {

        /** Largest XLIFF file imported into a task; the file's units are held while they are checked. */
        @WithDefault("32M")
        MemorySize maxBodySize();
    }

    interface Requests {

        /** Largest body of any other request (segment saves, memory units, match requests, task updates). */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Qa {

        Spelling spelling();

        /** Spelling and grammar of English and Russian targets by LanguageTool, embedded (see README, QA). */
        interface Spelling {

            /**
             * Off by default: LanguageTool keeps ~190 MB of heap and costs ~60 ms of CPU per paragraph, which a
             * node sized for a million memory units in 1 GB ({@code -Xmx600m}) and saves at p95 ≤ 20 ms cannot
             * carry. Off, saves and reports carry no SPELLING/GRAMMAR findings and LanguageTool is never loaded.
             */
            @WithDefault("false")
            boolean enabled();

            /** Load the languages in the background right after start, so the first save does not wait for them. */
            @WithDefault("true")
            boolean warmUp();

            /** The English spelling of the newsroom: {@code british} or {@code american}. */
            @WithDefault("british")
            org.tarjoman.core.qa.Proofreader.EnglishSpelling english();
        }
    }

    interface Jobs {

        /** Languages articles can be translated into (BCP 47 primary tags). */
        @WithDefault("en,ru")
        List<String> targetLanguages();
    }

    interface Webhooks {

        /** The documented default of {@link #secret()}: the application refuses to start with it in production. */
        String DEFAULT_SECRET = "change-me";

        /** Key of the HMAC-SHA256 signature in {@code X-Tarjoman-Signature}; must be set in production. */
        @WithDefault(DEFAULT_SECRET)
        String secret();

        /**
         * Receivers allowed on private, loopback or link-local addresses (in-house systems): host names,
         * addresses or CIDR ranges. Every other callback URL must resolve to public addresses only.
         */
        Optional<List<String>> allowedHosts();

        /** Deliveries in flight at once on this node. */
        @WithDefault("16")
        int senders();

        /** Deliveries in flight at once to one receiver (host and port), so a slow one cannot take every sender. */
        @WithDefault("2")
        int sendersPerReceiver();

        /** Delivery attempts before an event is given up (with exponential backoff between them). */
        @WithDefault("12")
        int maxAttempts();

        /** The first retry's delay; each next one doubles, up to an hour. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** How often a node looks for due events. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    /**
     * Requests per caller (the claimed user, else the client address) and period, per kind of request;
     * above it the API answers 429 with {@code Retry-After}. Counted per node.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** The window the limits below refill over (a token bucket: bursts up to the limit, then limit/period). */
        @WithDefault("1m")
        Duration period();

        /** POST, PUT and DELETE under {@code /api/v1}. */
        @WithDefault("600")
        int writes();

        /** Memory matches and concordance. */
        @WithDefault("600")
        int lookups();

        /** Whole-document answers: memory TMX exports, task documents, XLIFF and TMX. */
        @WithDefault("60")
        int exports();
    }

    /** Machine translation (see README, Machine translation). No engine listed for a language means no MT for it. */
    interface Mt {

        /** Segments whose best memory match scores below this are pre-translated by machine. */
        @WithDefault("85")
        int threshold();

        /**
         * Per target language, the engines to ask in order, the first that answers wins
         * ({@code tarjoman.mt.engines.en=openai,deepl}): {@code openai}, {@code deepl}, {@code google},
         * {@code libretranslate}.
         */
        Map<String, List<String>> engines();

        /** The longest {@code Retry-After} of a 429 that is waited for (then asked again); a longer one fails the call. */
        @WithDefault("10s")
        Duration maxRetryAfter();

        Openai openai();

        Deepl deepl();

        Google google();

        Libretranslate libretranslate();

        /** An OpenAI-compatible chat completions server: OpenAI, vLLM, Ollama, llama.cpp, LM Studio. */
        interface Openai {

            /** As OpenAI's clients take it, up to and including {@code /v1} ({@code http://localhost:11434/v1}). */
            Optional<String> baseUrl();

            Optional<String> model();

            /** Sent as {@code Authorization: Bearer}; a local server may need none. */
            Optional<String> apiKey();

            @WithDefault("0.2")
            double temperature();

            @WithDefault("30s")
            Duration timeout();

            /** Segments asked at once (one segment per request). */
            @WithDefault("8")
            int maxConcurrency();
        }

        interface Deepl {

            /** A key ending in {@code :fx} is a DeepL API Free key and goes to the free host. */
            Optional<String> apiKey();

            /** Overrides the host chosen by the key ({@code https://api.deepl.com}), for tests and proxies. */
            Optional<String> url();

            @WithDefault("30s")
            Duration timeout();
        }

        interface Google {

            Optional<String> apiKey();

            /** Overrides {@code https://translation.googleapis.com}, for tests and proxies. */
            Optional<String> url();

            @WithDefault("30s")
            Duration timeout();
        }

        interface Libretranslate {

            /** The server's address ({@code http://libretranslate:5000}). */
            Optional<String> url();

            Optional<String> apiKey();

            @WithDefault("30s")
            Duration timeout();
        }
    }
}
