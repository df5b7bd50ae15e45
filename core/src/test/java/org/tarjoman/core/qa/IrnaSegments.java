package org.tarjoman.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.SegmentFactory;
import org.tarjoman.core.plaintext.PlainTextArticleReader;
import org.tarjoman.core.segment.SrxSentenceSegmenter;
import org.tarjoman.core.testing.TestData;

/**
 * Segments of the IRNA sample article ({@code test-data/samples/irna-moscow-visit-fa.txt}) as the
 * plain-text reader cuts them, and translations a newsroom would accept (ours; the article has none).
 */
final class IrnaSegments {

    /** The headline. */
    static final String HEADLINE = segment("جلالی: سفر پزشکیان به مسکو");
    static final String HEADLINE_EN = "Jalali: Pezeshkian's visit to Moscow will be historic";

    /** The signing on {@code ۲۸ دی ماه ۱۴۰۳} = 17 January 2025. */
    static final String SIGNING = segment("۲۸ دی ماه ۱۴۰۳");
    static final String SIGNING_EN = "According to Aran News, quoting IRNA, Kazem Jalali told IRNA's correspondent in Moscow,"
            + " referring to the plans for the signing of the comprehensive cooperation agreement between the Islamic"
            + " Republic of Iran and the Russian Federation on 17 January 2025 by Presidents Masoud Pezeshkian and"
            + " Vladimir Putin, that relations between Tehran and Moscow are moving forward on the basis of two"
            + " elements, neighbourliness and common approaches to regional and international issues.";
    static final String SIGNING_RU = "Как сообщает Aran News со ссылкой на ИРНА, Казем Джалали в беседе с корреспондентом"
            + " ИРНА в Москве, говоря о подготовке к подписанию 17 января 2025 г. президентами Масудом Пезешкианом и"
            + " Владимиром Путиным всеобъемлющего соглашения о сотрудничестве между Исламской Республикой Иран и"
            + " Российской Федерацией, отметил: отношения Тегерана и Москвы развиваются на основе двух элементов —"
            + " добрососедства и общих подходов к региональным и международным вопросам.";

    /** Trade: {@code ۱۵ درصدی} twice and the year {@code ۲۰۲۴}. */
    static final String TRADE = segment("رشد ۱۵ درصدی");
    static final String TRADE_EN = "Forecast of 15 percent growth in Iran-Russia trade in the past year. Stating that"
            + " trade between the two countries had an upward trend in 2024, he said: the final trade figures of the"
            + " two countries for this year have not yet been released by Russian customs, but Russian officials"
            + " forecast an increase of about 15 percent in bilateral trade.";
    static final String TRADE_RU = "Прогноз роста торговли Ирана и России на 15 процентов в прошедшем году. Отметив,"
            + " что в 2024 году объём торговли двух стран рос, он сказал: окончательные данные о торговле двух стран"
            + " за этот год ещё не подготовлены российской таможней, однако российские официальные лица прогнозируют"
            + " рост двусторонней торговли примерно на 15%.";

    /** Figures in words: {@code چهار و نیم تا پنج میلیارد دلار}. */
    static final String VOLUME = segment("چهار و نیم");
    static final String VOLUME_EN = "The Iranian diplomat added: official figures for trade between Iran and Russia"
            + " in 2024 are expected to be between 4.5 and 5 billion dollars.";
    static final String VOLUME_RU = "Этот иранский дипломат добавил: ожидается, что официальный объём торговли Ирана"
            + " и России в 2024 году составит от 4,5 до 5 млрд долларов.";

    /** A month and a Solar Hijri year without a day: {@code آبان ماه ۱۴۰۳}. */
    static final String KAZAN = segment("آبان ماه ۱۴۰۳");
    static final String KAZAN_EN = "He added: the President of the Islamic Republic of Iran had earlier travelled to"
            + " Kazan, Russia, in October 2024 to attend the BRICS summit, and will soon visit Moscow at the official"
            + " invitation of his counterpart.";

    /** A headline with a digit the English writes as a word: {@code ۲ موافقتنامه}. */
    static final String AGREEMENTS = segment("امیدواری به آماده شدن");
    static final String AGREEMENTS_EN = "Hopes for two transport and gas cooperation agreements to be ready";

    /** The ambassador's words on neighbourliness: a Persian comma inside, {@code ،}. */
    static final String NEIGHBOURS = segment("عنصر همسایگی در روابط");
    static final String NEIGHBOURS_EN = "Referring to neighbourliness in Iran-Russia relations, he said: the two"
            + " countries have had relations with each other throughout history, and these relations have had"
            + " their ups and downs, which cannot be denied.";

    private IrnaSegments() {
    }

    /** The one segment of the article that contains {@code fragment}. */
    static String segment(String fragment) {
        List<String> matching = segments().stream().map(Segment::text).filter(text -> text.contains(fragment)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException(matching.size() + " segments contain " + fragment);
        }
        return matching.get(0);
    }

    private static List<Segment> segments() {
        try {
            Document document = new PlainTextArticleReader(SrxSentenceSegmenter.persian(),
                    new SegmentFactory(new WordCounter(), text -> List.of()))
                    .read(Files.readString(TestData.irnaArticle()), "fa");
            return document.segments().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
