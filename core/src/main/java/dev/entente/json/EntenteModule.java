package dev.entente.json;

import tools.jackson.databind.module.SimpleModule;

/** Teaches a Jackson {@code JsonMapper} the contract's JSON form of the model. */
public final class EntenteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public EntenteModule() {
    super("entente");
  }
}
