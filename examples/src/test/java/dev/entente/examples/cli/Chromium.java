package dev.entente.examples.cli;

import tools.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket on loopback, opened by the
 * browser on a port it picks): open a page, hear its console and its requests, evaluate script,
 * take a screenshot. Tests use it to look at the dossier page the way a person's browser shows it.
 */
final class Chromium implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);
  // The defaults, not the strict reading mapper: a screenshot arrives as one string of megabytes.
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  /** Every event the browser sent, in order. */
  final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());
  private @Nullable String session;

  /** The chromium binary on the PATH, if any. */
  static Optional<Path> find() {
    String override = System.getProperty("entente.chromium");
    if (override != null && !override.isBlank()) {
      return Optional.of(Path.of(override));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  Chromium(Path binary) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("entente-chromium");
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String url = devtoolsUrl();
    socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
        .buildAsync(URI.create(url), new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Reads the browser's standard error until it names its DevTools WebSocket. */
  private String devtoolsUrl() throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = err.readLine()) != null; ) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) {
            found.complete(line.substring(at).strip());
          }
        }
        found.completeExceptionally(new IOException("chromium ended without a DevTools address"));
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return found.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("chromium gave no DevTools address within " + WAIT.toSeconds() + " s", e);
    }
  }

  /** Opens a new tab and talks to it from now on. */
  void newPage() {
    String target = call("Target.createTarget", obj().put("url", "about:blank"), false).get("targetId").asString();
    session = call("Target.attachToTarget", obj().put("targetId", target).put("flatten", true), false).get("sessionId").asString();
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      call(domain + ".enable", obj());
    }
  }

  /** Sets the viewport: a desktop window or a phone's screen. */
  void viewport(int width, int height, boolean mobile) {
    call("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", mobile));
  }

  /** Navigates to {@code url} and waits for its load event. */
  void open(String url) {
    int seen = events.size();
    call("Page.navigate", obj().put("url", url));
    await(e -> e.path("method").asString().equals("Page.loadEventFired"), seen);
  }

  /** The value of a script expression (JSON-able), evaluated in the page. */
  JsonNode eval(String expression) {
    JsonNode r = call("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + r.get("exceptionDetails"));
    }
    return r.get("result").path("value");
  }

  /** A PNG of what the viewport shows, written to {@code file}. */
  void screenshot(Path file) throws IOException {
    JsonNode r = call("Page.captureScreenshot", obj().put("format", "png"));
    Files.createDirectories(file.getParent());
    Files.write(file, java.util.Base64.getDecoder().decode(r.get("data").asString()));
  }

  /** The events of the current page's session with the given method. */
  List<JsonNode> events(String method) {
    synchronized (events) {
      return events.stream().filter(e -> e.path("method").asString().equals(method)
          && e.path("sessionId").asString().equals(session)).toList();
    }
  }

  private void await(Predicate<JsonNode> test, int from) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      synchronized (events) {
        for (int i = from; i < events.size(); i++) {
          if (test.test(events.get(i))) {
            return;
          }
        }
        try {
          events.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted");
        }
      }
    }
    throw new AssertionError("the browser sent no awaited event within " + WAIT.toSeconds() + " s");
  }

  private JsonNode call(String method, ObjectNode params) {
    return call(method, params, true);
  }

  private JsonNode call(String method, ObjectNode params, boolean inPage) {
    int id = ids.incrementAndGet();
    ObjectNode msg = obj().put("id", id).put("method", method);
    msg.set("params", params);
    if (inPage && session != null) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).join();
    JsonNode r = reply.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    if (r.has("error")) {
      throw new AssertionError(method + " failed: " + r.get("error"));
    }
    return r.get("result");
  }

  private static ObjectNode obj() {
    return JSON.createObjectNode();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        JsonNode msg = JSON.readTree(buffer.toString());
        buffer.setLength(0);
        if (msg.has("id")) {
          CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
          if (f != null) {
            f.complete(msg);
          }
        } else {
          synchronized (events) {
            events.add(msg);
            events.notifyAll();
          }
        }
      }
      ws.request(1);
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      call("Browser.close", obj(), false);
    } catch (RuntimeException | AssertionError e) {
      // already gone: the process is ended below either way
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
