package dev.entente.examples.bench;

import dev.entente.parse.ArticleParser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;

/**
 * Measures the heap one {@link ArticleParser} keeps alive: the used heap after full collections,
 * with the parser held, minus the same before it was made, after it has read articles (so data read
 * on first use, such as the office-holder dictionary, counts). Run in a fresh JVM; prints the bytes.
 */
public final class ParserHeap {

  private ParserHeap() {}

  public static void main(String[] args) throws InterruptedException {
    BenchCorpus corpus = BenchCorpus.fromSeeds();
    List<String> articles = corpus.articles(20, 5L);
    long before = settledHeap();
    ArticleParser parser = ArticleParser.create();
    // read a few articles, so that data built on first use counts too (dated, and one naming a leader:
    // the office-holder dictionary is read when a dated article first needs it)
    parser.parse("heap-first", ParserCreationBenchmark.FIRST_ARTICLE, ParserCreationBenchmark.FIRST_PUBLISHED);
    for (int i = 0; i < articles.size(); i++) {
      parser.parse("heap-" + i, articles.get(i), (i & 1) == 0 ? ParserCreationBenchmark.FIRST_PUBLISHED : null);
    }
    long after = settledHeap();
    Reference.reachabilityFence(parser);
    Reference.reachabilityFence(articles);
    System.out.println(after - before);
  }

  private static long settledHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
