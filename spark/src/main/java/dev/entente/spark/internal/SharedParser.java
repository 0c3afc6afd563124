package dev.entente.spark.internal;

import dev.entente.parse.ArticleParser;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The one parser of this JVM: an executor builds it on its first task and every later task of the
 * executor shares it (the parser is immutable and thread-safe, and building it loads its data).
 */
public final class SharedParser {
  private static final AtomicInteger CREATED = new AtomicInteger();
  private static volatile @Nullable ArticleParser parser;

  private SharedParser() {}

  /**
   * The JVM's parser, built on first use.
   *
   * @return the parser
   */
  public static ArticleParser get() {
    ArticleParser p = parser;
    if (p == null) {
      synchronized (SharedParser.class) {
        p = parser;
        if (p == null) {
          p = ArticleParser.create();
          CREATED.incrementAndGet();
          parser = p;
        }
      }
    }
    return p;
  }

  /**
   * How many parsers this JVM has built: 1 once any task ran, whatever the number of tasks.
   *
   * @return the count
   */
  public static int created() {
    return CREATED.get();
  }
}
