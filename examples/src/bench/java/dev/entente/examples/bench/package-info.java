/** JMH benchmarks of the parser: speed, scaling, memory, and hostile inputs. */
@NullMarked
package dev.entente.examples.bench;

import org.jspecify.annotations.NullMarked;
