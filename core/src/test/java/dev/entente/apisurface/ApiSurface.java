package dev.entente.apisurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public API of a module, as a sorted text listing: for each package the module exports, its
 * public types and their public and protected members. A module's test compares it with the
 * committed {@code api.txt} at the module's root, so any change of API shows in review; {@code
 * -Dentente.api.update=true} rewrites the file. It also checks that no exported signature names a
 * type of a package that is not exported (an {@code internal} package or one the module keeps).
 *
 * <pre>{@code
 * @Test
 * void apiIsTheListedOne() throws Exception {
 *   ApiSurface.check();   // run from the module's folder, after its classes are compiled
 * }
 * }</pre>
 */
public final class ApiSurface {
  private ApiSurface() {}

  /** Checks the module built in {@code target/classes} of the current folder against {@code api.txt}. */
  public static void check() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    ModuleDescriptor module = ModuleFinder.of(classes).findAll().stream()
        .map(ModuleReference::descriptor).findFirst()
        .orElseThrow(() -> new AssertionError("no module-info.class in " + classes.toAbsolutePath()));
    Set<String> exported = new TreeSet<>();
    module.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
    List<String> lines = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    lines.add("module " + module.name());
    for (String pkg : exported) {
      lines.add("package " + pkg);
      for (Class<?> type : types(classes, pkg)) {
        lines.add("  " + describe(type));
        for (String member : members(type, leaks, module, exported)) {
          lines.add("    " + member);
        }
      }
    }
    String actual = String.join("\n", lines) + "\n";
    Path file = Path.of("api.txt");
    if (Boolean.getBoolean("entente.api.update") || !Files.exists(file)) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(leaks.isEmpty(), "exported signatures name types that are not exported:\n  " + String.join("\n  ", leaks));
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "The public API of " + module.name() + " changed. If that is meant, run the tests with "
            + "-Dentente.api.update=true and commit the new " + file.toAbsolutePath());
  }

  /** The public types of a package, nested ones included, by name. */
  private static List<Class<?>> types(Path classes, String pkg) throws IOException, ClassNotFoundException {
    Path dir = classes.resolve(pkg.replace('.', '/'));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
          .forEach(n -> names.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : new TreeSet<>(names)) {
      Class<?> c = Class.forName(name, false, ApiSurface.class.getClassLoader());
      if (visible(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean visible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Class<?> c) {
    String kind = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : c.isRecord() ? "record" : "class";
    StringBuilder sb = new StringBuilder(Modifier.toString(c.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC)));
    if (c.isInterface()) {
      sb.setLength(0);
      if (Modifier.isStatic(c.getModifiers()) && c.getDeclaringClass() != null) {
        sb.append("static");
      }
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(kind).append(' ').append(c.getName());
    Type sup = c.getGenericSuperclass();
    if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
      sb.append(" extends ").append(sup.getTypeName());
    }
    Type[] interfaces = c.getGenericInterfaces();
    if (interfaces.length > 0) {
      sb.append(c.isInterface() ? " extends " : " implements ");
      List<String> names = new ArrayList<>();
      for (Type t : interfaces) {
        names.add(t.getTypeName());
      }
      sb.append(String.join(", ", names));
    }
    return sb.toString();
  }

  private static Set<String> members(Class<?> c, List<String> leaks, ModuleDescriptor module, Set<String> exported) {
    Set<String> out = new TreeSet<>();
    boolean extendable = !Modifier.isFinal(c.getModifiers()) && !c.isEnum() && !c.isRecord();
    List<Member> members = new ArrayList<>();
    members.addAll(List.of(c.getDeclaredFields()));
    members.addAll(List.of(c.getDeclaredConstructors()));
    members.addAll(List.of(c.getDeclaredMethods()));
    for (Member m : members) {
      int mod = m.getModifiers();
      boolean shown = Modifier.isPublic(mod) || Modifier.isProtected(mod) && extendable;
      if (!shown || m.isSynthetic() || m instanceof Method method && method.isBridge()) {
        continue;
      }
      String text = m instanceof Field f ? f.toGenericString()
          : m instanceof Constructor<?> k ? k.toGenericString() : ((Method) m).toGenericString();
      out.add(text);
      Set<Type> used = new HashSet<>();
      if (m instanceof Field f) {
        used.add(f.getGenericType());
      } else {
        Executable e = (Executable) m;
        used.addAll(List.of(e.getGenericParameterTypes()));
        used.addAll(List.of(e.getGenericExceptionTypes()));
        if (e instanceof Method method) {
          used.add(method.getGenericReturnType());
        }
      }
      used.add(c.getGenericSuperclass());
      used.addAll(List.of(c.getGenericInterfaces()));
      for (Class<?> t : classes(used)) {
        if (!exportedType(t, module, exported)) {
          leaks.add(c.getName() + ": " + text + " names " + t.getName());
        }
      }
    }
    return out;
  }

  private static boolean exportedType(Class<?> t, ModuleDescriptor module, Set<String> exported) {
    String pkg = t.getPackageName();
    if (pkg.contains(".internal")) {
      return false;
    }
    return !module.packages().contains(pkg) || exported.contains(pkg);
  }

  private static Set<Class<?>> classes(Set<Type> types) {
    Set<Class<?>> out = new HashSet<>();
    for (Type t : types) {
      collect(t, out, 0);
    }
    return out;
  }

  private static void collect(Type t, Set<Class<?>> out, int depth) {
    if (t == null || depth > 20) {
      return;
    }
    if (t instanceof Class<?> c) {
      Class<?> k = c;
      while (k.isArray()) {
        k = k.getComponentType();
      }
      if (!k.isPrimitive()) {
        out.add(k);
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), out, depth + 1);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out, depth + 1);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), out, depth + 1);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out, depth + 1);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, out, depth + 1);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (b != t) {
          collect(b, out, depth + 1);
        }
      }
    }
  }
}
