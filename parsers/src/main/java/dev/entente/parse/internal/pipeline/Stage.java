package dev.entente.parse.internal.pipeline;

/**
 * One stage of the pipeline: reads what earlier stages put in the {@link Document} and adds what it
 * knows. A stage holds only immutable shared data (lexicons, gazetteers), so one instance serves
 * every thread.
 */
@FunctionalInterface
public interface Stage {
  void apply(Document doc);
}
