package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArticleExtraction;
import dev.entente.proptest.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parser shared by many threads gives, for every article, exactly what one thread gives. */
// a deadlock fails the build instead of stalling it; this bound says nothing about speed
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SharedParserTest {

  private static final int THREADS = 8;
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 25);

  @Test
  void manyThreadsGiveWhatOneThreadGives() throws Exception {
    List<String> articles = articles();
    ArticleParser reference = ArticleParser.create();
    List<ArticleExtraction> expected = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      expected.add(parse(reference, articles, i));
    }

    ArticleParser shared = ArticleParser.create();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> task = () -> {
          // every thread reads every article, in its own order, all at once
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < articles.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < 2; round++) {
            for (int i : order) {
              ArticleExtraction x = parse(shared, articles, i);
              if (!x.equals(expected.get(i))) {
                mismatches.add("article " + i + ": " + x + "\n  alone gave " + expected.get(i));
              }
            }
          }
          return mismatches;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<String>> f : results) {
        assertEquals(List.of(), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ArticleExtraction parse(ArticleParser parser, List<String> articles, int i) {
    return parser.parse("article-" + i, articles.get(i), i % 3 == 0 ? null : PUBLISHED);
  }

  /** The seeds, articles of their paragraphs shuffled, and hostile texts: varied input. */
  private static List<String> articles() {
    List<String> out = new ArrayList<>(HostileTexts.seedArticles());
    List<String> paragraphs = HostileTexts.seedParagraphs();
    Random random = new Random(1945L);
    for (int a = 0; a < 40; a++) {
      StringBuilder sb = new StringBuilder();
      for (int p = 0, n = 3 + random.nextInt(15); p < n; p++) {
        sb.append(paragraphs.get(random.nextInt(paragraphs.size())));
      }
      out.add(sb.toString());
    }
    Gen<String> hostile = HostileTexts.texts();
    SplittableRandom r = new SplittableRandom(1857L);
    for (int a = 0; a < 20; a++) {
      out.add(hostile.sample(r, 30));
    }
    return out;
  }
}
