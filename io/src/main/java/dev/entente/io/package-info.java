/**
 * Reading archives of articles: files and folders (recursive, with include and exclude globs),
 * lists of paths, HTML pages (the article's text and the page's metadata) and WARC archives (one
 * article per HTML response), each article with a unique id and each unreadable item reported
 * with its id and cause while the rest goes on.
 */
@NullMarked
package dev.entente.io;

import org.jspecify.annotations.NullMarked;
