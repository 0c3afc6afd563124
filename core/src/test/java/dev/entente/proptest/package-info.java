/**
 * A small property-based testing harness on JUnit Jupiter: seeded, replayable, shrinking.
 *
 * <p>{@link dev.entente.proptest.Gens} makes generators ({@code ints}, {@code longs},
 * {@code decimals}, {@code strings} over any alphabet including arbitrary Unicode and lone
 * surrogates, {@code elements}, {@code oneOf}, {@code frequency}, {@code listOf}, {@code zip});
 * {@link dev.entente.proptest.Gen} combines them ({@code map}, {@code filter}, {@code flatMap});
 * {@link dev.entente.proptest.ModelGens} generates valid values of every model type; and
 * {@link dev.entente.proptest.Prop} runs a property:
 *
 * <pre>{@code
 * @Test
 * void reversingTwiceGivesTheList() {
 *   Prop.check("reverse twice", Gens.listOf(Gens.ints(), 0, 50), list -> {
 *     List<Integer> copy = new ArrayList<>(list);
 *     Collections.reverse(copy);
 *     Collections.reverse(copy);
 *     assertEquals(list, copy);
 *   });
 * }
 * }</pre>
 *
 * <p>A failure prints the seed; {@code ./mvnw -o -pl core test -Dtest=TheTest -Dentente.seed=S}
 * replays it, and {@code -Dentente.tries=5000} runs every property longer.
 */
@NullMarked
package dev.entente.proptest;

import org.jspecify.annotations.NullMarked;
