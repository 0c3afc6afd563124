package dev.entente.parse.internal.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * The knowledge a parser reads news with: office holders, weapon systems, places and venues. A parser holds
 * one and hands it to every stage through the document; the built-in one reads each file once per
 * JVM, on first use, and is shared by every parser that was given nothing else.
 */
public final class Knowledge {

  private static final Knowledge BUILT_IN = new Knowledge(null, null, null, null);

  private final @Nullable OfficeHolders officeHolders;
  private final @Nullable WeaponRegister weapons;
  private final @Nullable Places places;
  private final @Nullable Venues venues;

  private Knowledge(@Nullable OfficeHolders officeHolders, @Nullable WeaponRegister weapons, @Nullable Places places,
      @Nullable Venues venues) {
    this.officeHolders = officeHolders;
    this.weapons = weapons;
    this.places = places;
    this.venues = venues;
  }

  /** The built-in knowledge. Nothing is read until a part is first asked for. */
  public static Knowledge builtIn() {
    return BUILT_IN;
  }

  /** Knowledge whose given parts replace the built-in ones; a null part stays built in. */
  public static Knowledge of(@Nullable OfficeHolders officeHolders, @Nullable WeaponRegister weapons, @Nullable Places places,
      @Nullable Venues venues) {
    return officeHolders == null && weapons == null && places == null && venues == null ? BUILT_IN
        : new Knowledge(officeHolders, weapons, places, venues);
  }

  /** Who held which office of which state, and when. */
  public OfficeHolders officeHolders() {
    return officeHolders != null ? officeHolders : OfficeHolders.standard();
  }

  /** Weapon systems with their makers and categories. */
  public WeaponRegister weapons() {
    return weapons != null ? weapons : WeaponRegister.builtIn();
  }

  /** Cities with their states. */
  public Places places() {
    return places != null ? places : Places.builtIn();
  }

  /** Venues of meetings with their cities. */
  public Venues venues() {
    return venues != null ? venues : Venues.builtIn();
  }

  @Override
  public String toString() {
    return this == BUILT_IN ? "Knowledge[built in]"
        : "Knowledge[" + (officeHolders != null ? officeHolders : "built-in office holders") + ", "
            + (weapons != null ? weapons : "built-in weapons") + ", " + (places != null ? places : "built-in places") + ", "
            + (venues != null ? venues : "built-in venues") + "]";
  }
}
