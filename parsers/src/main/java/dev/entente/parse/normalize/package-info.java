/**
 * Normalizers: numbers, money, quantities, percentages and dates as news writes them, read into exact
 * values with the span of text they came from. {@link dev.entente.parse.normalize.AmountNormalizer}
 * and {@link dev.entente.parse.normalize.DateNormalizer} work on any string; the parser reads an
 * article's amounts and dates with the same rules. The words they know (number words, scales,
 * currencies, units, qualifiers, months, relative-date words) are data files inside the parser.
 *
 * <h2>Supported forms</h2>
 * <table>
 * <caption>What the normalizers read, with an example each (publication date 2019-09-25, a Wednesday)</caption>
 * <tr><th>Form</th><th>Example</th><th>Reading</th></tr>
 * <tr><td>digits with separators</td><td>{@code 257,200}, {@code 85.2}, {@code 1.200.000}</td><td>257200, 85.2, 1200000</td></tr>
 * <tr><td>number words</td><td>{@code eleven}, {@code twenty-four}, {@code a dozen}, {@code one hundred and five}</td><td>11, 24, 12, 105</td></tr>
 * <tr><td>scales</td><td>{@code 1.5 million}, {@code 4bn}, {@code 4 bln}, {@code 2.5 trillion}, {@code 3 mln}</td><td>1500000, 4000000000...</td></tr>
 * <tr><td>Indian scales</td><td>{@code 5,000 crore}, {@code 3 lakh}</td><td>50000000000, 300000</td></tr>
 * <tr><td>currency before</td><td>{@code $4 billion}, {@code US$2.5bn}, {@code €300 million}, {@code £45m}, {@code Rs 500 crore}, {@code USD 12 million}, {@code R$ 1.2 billion}</td><td>4000000000 USD...</td></tr>
 * <tr><td>currency after</td><td>{@code 4 bln dlrs}, {@code 50 billion roubles}, {@code 10 bln yuan}, {@code 30 billion yen}, {@code 20 billion riyals}</td><td>4000000000 USD...</td></tr>
 * <tr><td>hyphenated money</td><td>{@code five billion-dollar}, {@code a $30-million grant}</td><td>5000000000 USD, 30000000 USD</td></tr>
 * <tr><td>money ranges</td><td>{@code $2-3 billion}, {@code between $10 and $12 million}, {@code $500,000 to $2 million}</td><td>low and high</td></tr>
 * <tr><td>bracketed equivalents</td><td>{@code €5bn ($5.6bn)}</td><td>5000000000 EUR, equivalent 5600000000 USD</td></tr>
 * <tr><td>qualifiers</td><td>{@code about}, {@code around}, {@code some}, {@code nearly}, {@code estimated}, {@code more than}, {@code over}, {@code up to}, {@code at least}, {@code less than}, {@code or more}</td><td>ABOUT, MORE_THAN, UP_TO, AT_LEAST, LESS_THAN</td></tr>
 * <tr><td>measured quantities</td><td>{@code 257,200 tonnes}, {@code 40,000 metric tons}, {@code 2 million barrels a day}, {@code 500 MW}, {@code a 500-megawatt plant}</td><td>257200 t, 40000 t, 2000000 bbl/d, 500 MW</td></tr>
 * <tr><td>counted quantities</td><td>{@code 1.5 million doses}, {@code 110 sets}, {@code 12 patrol boats}, {@code 1.5 million flu vaccines}</td><td>units as written; vaccines count as doses</td></tr>
 * <tr><td>percent</td><td>{@code 10%}, {@code 10 percent}, {@code 24.7 per cent}, {@code 8 pct}</td><td>10, 10, 24.7, 8</td></tr>
 * <tr><td>percent changes</td><td>{@code increased by 10 percent}, {@code a 24.7 percent increase}, {@code fell 5%}, {@code down 8 pct}</td><td>+10, +24.7, -5, -8 (change)</td></tr>
 * <tr><td>percent shares</td><td>{@code 80 percent of its equipment}, {@code rose to 10%}</td><td>80, 10 (no change)</td></tr>
 * <tr><td>full dates</td><td>{@code December 17, 1857}, {@code 25th September, 2019}, {@code 3 March 2021}, {@code 2019-09-25}, {@code 25.09.2019}</td><td>1857-12-17...</td></tr>
 * <tr><td>numeric dates</td><td>{@code 09/25/2019}, {@code 25/09/2019} (only the year when day and month are ambiguous)</td><td>2019-09-25</td></tr>
 * <tr><td>days without a year</td><td>{@code Jan. 10}, {@code Sept. 20}, {@code June 2 of that year}</td><td>2019-01-10 (nearest not after publication)</td></tr>
 * <tr><td>months</td><td>{@code November 2008}, {@code in May of 2005}, {@code May and July of this year}</td><td>2008-11, 2005-05, 2019-05 and 2019-07</td></tr>
 * <tr><td>years and spans</td><td>{@code in 2018}, {@code 2018's}, {@code 2020-2021}, {@code the 2015-2018 period}, {@code from 2005 to 2013}, {@code 2019/20}</td><td>2018, 2020/2021, 2005/2013</td></tr>
 * <tr><td>decades</td><td>{@code the 1990s}, {@code the early 1990s}</td><td>1990/1999, 1990/1993</td></tr>
 * <tr><td>parts of a year</td><td>{@code the first nine months of 2021}, {@code the first half}, {@code the third quarter of 2016}, {@code Q3 2019}, {@code early 2020}, {@code mid-2014}, {@code the end of 2012}, {@code the summer of 2016}</td><td>2021-01/2021-09, 2016-07/2016-09, 2020-01/2020-04, 2016-22</td></tr>
 * <tr><td>days relative to publication</td><td>{@code today}, {@code yesterday}, {@code on Wednesday}, {@code last Wednesday}, {@code next Friday}, {@code three years ago}</td><td>2019-09-25, 2019-09-24, 2019-09-25, 2019-09-18, 2019-09-27, 2016</td></tr>
 * <tr><td>periods relative to publication</td><td>{@code this year}, {@code last year}, {@code next month}, {@code this past April}, {@code in April}, {@code in October} (past tense)</td><td>2019, 2018, 2019-10, 2019-04, 2019-04, 2018-10</td></tr>
 * <tr><td>spans back from publication</td><td>{@code over the last eight months}, {@code in the last 18 years}, {@code in recent months}</td><td>2019-01/2019-09, 2001/2019, 2019</td></tr>
 * <tr><td>anaphora</td><td>{@code the same year}, {@code that same year}, {@code the following year}, {@code that month}, {@code the next day}, {@code three years later}, {@code later that year}</td><td>from the date before: 2005-05 then 2006</td></tr>
 * <tr><td>anniversaries</td><td>{@code this October marks 70 years since}</td><td>1949-10 (publication 2019-09-25)</td></tr>
 * </table>
 *
 * <p>A bare month or day takes the year of an earlier date in its sentence ({@code That same year,
 * they met in September}); otherwise the nearest one not after publication, or not before it when
 * the nearest verb speaks of the future ({@code will}). A month named alone is a date only after a
 * word that leads to one ({@code in May}, not {@code Theresa May}). Four digits from 1700 to 2100
 * are a year unless they count or measure something ({@code 1900 tonnes}, {@code $2018}, {@code
 * about 2000 soldiers}): {@code the 2018 figures} are 2018's; {@code 2,018} is a number. Without a
 * publication date, relative dates are left out, never guessed.
 */
@NullMarked
package dev.entente.parse.normalize;

import org.jspecify.annotations.NullMarked;
