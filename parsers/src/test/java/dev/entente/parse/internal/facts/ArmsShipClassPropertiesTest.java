package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ship class named after its first ship, in generated sentences with random states, counts and
 * class names of any length: "[buyer] ordered [n] [Name]-class [ships] from [supplier]" is one
 * transfer whose item keeps the class ("Guardian-class patrol boats"), from the supplier to the
 * buyer; a "[Name]-class" word with no category noun after it is no item.
 */
class ArmsShipClassPropertiesTest {

  private static final ArmsContractExtractor STAGE = new ArmsContractExtractor();

  /** Class names: a first ship's name, capitalised, of four to eleven letters. */
  private static final dev.entente.proptest.Gen<String> CLASS_NAMES = Gens.elements("Brak", "Oriole", "Saltmarsh",
      "Kestrelwing", "Talbot", "Meridian", "Quillon", "Harrowgate", "Vostrel", "Amberly", "Dunmore");

  private static final dev.entente.proptest.Gen<String> SHIPS = Gens.elements("patrol boats", "frigates",
      "corvettes", "submarines", "patrol vessels");

  private static Tagged ordered(State buyer, int n, String item, State supplier) {
    return FactGens.name(new Tagged(), buyer).w("ordered")
        .number(String.valueOf(n), BigDecimal.valueOf(n), Qualifier.EXACT).w(item + " from")
        .country(supplier.name(), supplier.code(), dev.entente.parse.internal.pipeline.Mentions.CountryForm.NAME).w(".");
  }

  @Test
  void aShipClassIsPartOfTheItem() {
    Prop.check("ship class in the item", FactGens.pairs().flatMap(p -> CLASS_NAMES.flatMap(c -> SHIPS.flatMap(s ->
        Gens.ints(2, 12).map(n -> new Object[] {p[0], p[1], c, s, n})))), 200, v -> {
          State supplier = (State) v[0];
          State buyer = (State) v[1];
          String item = v[2] + "-class " + v[3];
          int n = (Integer) v[4];
          for (State[] sides : List.of(new State[] {supplier, buyer}, new State[] {buyer, supplier})) {
            Tagged t = ordered(sides[1], n, item, sides[0]);
            ArmsContract a = FactGens.only(t, FactGens.read(t, LocalDate.of(2031, 3, 1), STAGE).armsContracts);
            assertEquals(List.of(item), a.items(), t::text);
            assertEquals(Country.of(sides[0].code()), a.supplier(), t::text);
            assertEquals(Country.of(sides[1].code()), a.recipient(), t::text);
          }
        });
  }

  @Test
  void aClassWordWithNoCategoryNounIsNoItem() {
    Prop.check("class word alone", FactGens.pairs().flatMap(p -> CLASS_NAMES.map(c -> new Object[] {p[0], p[1], c})), 100, v -> {
      Tagged t = FactGens.name(new Tagged(), (State) v[1]).w("praised the " + v[2] + "-class service of")
          .country(((State) v[0]).name(), ((State) v[0]).code(), dev.entente.parse.internal.pipeline.Mentions.CountryForm.NAME)
          .w(".");
      assertEquals(List.of(), FactGens.read(t, LocalDate.of(2031, 3, 1), STAGE).armsContracts, t::text);
    });
  }
}
