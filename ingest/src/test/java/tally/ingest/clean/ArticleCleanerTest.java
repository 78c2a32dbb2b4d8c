package tally.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.ingest.Articles;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.read.RawArticle;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(Lexicon.forLanguage("en"));

    private static final String PROSE = "The government said on Monday that the violence in the northern states had continued "
            + "through the summer, and that the army would remain in the cities for as long as it was needed there. ";

    @Test
    void htmlChromeElementsAndLinkListsAreDropped() {
        String html = "<!doctype html><html><head><title>Page</title>"
                + "<meta property=\"article:published_time\" content=\"2012-09-17T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>Violence continues</h1><p>" + PROSE + "</p><p>" + PROSE + "Police said 12 people were killed.</p></article>"
                + "<aside><ul><li><a href=\"/x\">Bombing kills 40 in Kabul market</a></li></ul></aside>"
                + "<footer>Copyright 2012. 3 comments.</footer><script>var killed = 99;</script></body></html>";
        CleanArticle a = cleaner.clean(Articles.raw(null, html, true));
        assertEquals(LocalDate.of(2012, 9, 17), a.published(), "date from the page's metadata");
        assertEquals("Violence continues", a.title());
        assertTrue(a.text().contains("Police said 12 people were killed."));
        assertFalse(a.text().contains("Kabul"));
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("var killed"));
        assertFalse(a.text().contains("Copyright"));
    }

    @Test
    void aTextCopyLosesItsTeasersFromLaterYearsAndItsShortChrome() {
        String text = "Headline of the piece\n\nNews Service\n\n" + PROSE + "\n\n" + PROSE + "\n\n"
                + "Read more stories\n\nEmail us\n\nFollow us\n\n"
                + "In this Sunday, July 13, 2014 file photo, smoke rises over the city as fighting intensified between "
                + "rival militias and the government evacuated its diplomats from the country, officials said.\n\n"
                + "    Bombing kills 4 Afghan civilians\n\n  \u2022 A bomb blast killed four civilians Saturday, an official said.\n";
        CleanArticle a = cleaner.clean(Articles.raw("2012-09-17", text, false));
        assertEquals((PROSE.strip() + "\n\n" + PROSE.strip()), a.text());
    }

    /**
     * A lede dense with names (low in stop words) is still the article's first paragraph when written as a sentence;
     * the headline before it, short but made of the article's words, is given back ahead of it (ArticleOpening).
     */
    @Test
    void aTextCopyKeepsItsNameHeavyLede() {
        String lede = "CULIACAN, Mexico -- Gunmen attacked a ranch in the village of El Rodeo in Badiraguato municipality, Sinaloa state, "
                + "on Saturday, leaving nine people dead, officials said.";
        String text = "Gunmen kill 9 in Sinaloa village\n\nHome\n\nWorld\n\nAmericas\n\n" + lede + "\n\n"
                + "WATCH: Sinaloa cartel violence\n\nVideo shows smoke over hills\n\n" + PROSE + "\n\n" + PROSE + "\n\n" + PROSE
                + "\n\nRead more stories\n\nEmail us\n\nFollow us\n\nMost popular: Storm leaves 3,000 homes without power in Texas city.\n";
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().startsWith("Gunmen kill 9 in Sinaloa village\n\n" + lede), a.text());
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("Most popular"));
    }

    /**
     * A headline of two content words with a number ("40 Villages Flooded" is three; "30 Murders in 80 Days" two) is given
     * back when both words are the article's; a short line with a number and a word the article lacks ("3 Comments",
     * "Share 12") stays out.
     */
    @Test
    void aShortHeadlineWithANumberAndOnlyTheArticlesWordsIsGivenBack() {
        String body = "Eighty days into the year, the police have counted thirty murders across the country, most of them in the "
                + "capital, where the murders of the first weeks were blamed on disputes between gangs over the markets. ";
        String text = "Listen live on our stream\n\n30 Murders in 80 Days\n\n3 Comments\n\n" + body + "\n\n" + PROSE + "\n\n" + PROSE;
        CleanArticle a = cleaner.clean(Articles.raw("2017-03-21", text, false));
        assertTrue(a.text().startsWith("30 Murders in 80 Days\n\n" + body.strip()), a.text());
        assertFalse(a.text().contains("Comments"));
        assertFalse(a.text().contains("Listen"));
    }

    private static final String FLOOD = "Floodwater from the swollen river covered 40 villages in the delta on Sunday, and the "
            + "district officials said that the villages would stay cut off from the roads for as long as the rain continued. ";

    /**
     * A text copy's headline shown twice is given back once, before the article; a credited photo caption between
     * the lede and the body goes; a teaser of another story before the article, in other words, stays out.
     */
    @Test
    void aTextCopyKeepsItsHeadlineOnceAndDropsCaptionsAndTeasers() {
        String headline = "Swollen river cuts off 40 villages in the delta";
        String text = headline + "\n\nHome\n\nNews\n\nBomb kills 8 soldiers near the northern border\n\n" + headline
                + "\n\nBy a correspondent\n\n" + FLOOD + "\n\nA family wades through floodwater on Sunday. Photo : Reuters\n\n"
                + FLOOD + "\n\n" + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertEquals(headline + "\n\n" + FLOOD.strip() + "\n\n" + FLOOD.strip() + "\n\n" + FLOOD.strip(), a.text());
    }

    /**
     * A short lede right above the article is its first paragraph even in words the article does not repeat (ArticleOpening);
     * the same sentence set apart from the article by a label is no opening of it.
     */
    @Test
    void theSentenceRightAboveTheArticleIsItsLede() {
        String lede = "Rescue teams pulled 31 bodies from the water on Monday.";
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-03", "Home\n\nWorld\n\n" + lede + "\n\n" + FLOOD + "\n\n" + FLOOD, false));
        assertEquals(lede + "\n\n" + FLOOD.strip() + "\n\n" + FLOOD.strip(), a.text());
        CleanArticle apart = cleaner.clean(Articles.raw("2019-06-03", "Home\n\n" + lede + "\n\nAdvertisement\n\n" + FLOOD + "\n\n" + FLOOD, false));
        assertEquals(FLOOD.strip() + "\n\n" + FLOOD.strip(), apart.text());
    }

    /**
     * An image's alt text and then its caption with a credit no lexicon lists, on lines one after the other: a text
     * written twice back to back with a short tail is a caption, even in the article's own words.
     */
    @Test
    void aDescriptionGivenTwiceWithItsCreditIsACaption() {
        String headline = "Swollen river cuts off 40 villages in the delta";
        String alt = "Floodwater covers 12 villages of the delta by the swollen river on Sunday";
        String text = headline + "\n\n" + alt + "\n" + alt + " - HARBOUR RESCUE SERVICE\n\n" + FLOOD + "\n\n" + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertEquals(headline + "\n\n" + FLOOD.strip() + "\n\n" + FLOOD.strip(), a.text());
    }

    /**
     * A page copy's header lines with no blank line between them (a section, the headline, a standfirst, a credited
     * caption, a byline, a date) are elements of their own: the caption goes, and the headline and the standfirst stay
     * with their figures (the caption's credit no longer takes them with it).
     */
    @Test
    void aTextCopysJoinedHeaderLinesKeepTheHeadlineAndStandfirstAndDropTheCaption() {
        String headline = "Flooded river cuts off 40 villages in the delta";
        String standfirst = "District officials say 2,600 people have been moved to schools on higher ground since Friday.";
        String text = "REGION\n" + headline + "\n" + standfirst + "\nA boat carries villagers to the shore. Photo: Reuters\n"
                + "By a correspondent\nJune 2, 2019\n\n" + FLOOD + PROSE + "\n\n" + PROSE + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertEquals(headline + "\n\n" + standfirst + "\n\n" + (FLOOD + PROSE).strip() + "\n\n" + (PROSE + FLOOD).strip(), a.text());
    }

    /**
     * A date in front of a text copy's first line ("date 2019-06-02 Headline") is the publication date, and the line's
     * text stays without it; a headline that is the lede's first sentence after its dateline is not a repeat to drop.
     */
    @Test
    void aDateInFrontOfTheFirstLineGoesAndTheHeadlineInsideTheLedeStays() {
        String headline = "Floodwater from the swollen river covered 40 villages in the delta on Sunday";
        String text = " date 2019-06-02 " + headline + "\n\nDELTA CITY (Wire) " + FLOOD + "\n\n" + PROSE;
        CleanArticle a = cleaner.clean(Articles.raw(null, text, false));
        assertEquals(LocalDate.of(2019, 6, 2), a.published());
        assertEquals(headline + "\n\nDELTA CITY (Wire) " + FLOOD.strip() + "\n\n" + PROSE.strip(), a.text());
    }

    /**
     * A report's summary lines before the article, one holding more words than the next but other numbers, are two lines
     * of the summary, both given back: only a line with the same numbers is a copy of a headline given back already.
     */
    @Test
    void summaryLinesWithOtherNumbersAreNotCopiesOfEachOther() {
        String total = "4,120 returned to the valley from camps and the border since January";
        String camps = "3,870 returned to the valley from camps";
        String body = "Aid workers said that the people who returned to the northern valley from the camps this year found their "
                + "farms damaged, and that the border crossings had stayed open through the spring for families going home.";
        String text = "Home\n\nNews\n\n" + total + "\n\n" + camps + "\n\n" + body + "\n\n" + body;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().startsWith(total + "\n\n" + camps + "\n\n"), a.text());
    }

    /**
     * A list the text announces with a clause ending in a colon, whose items are sentences with their full stops, is the
     * article's: its items stay between the paragraphs around it. A list of other stories' headlines (no full stops)
     * under a label stays out.
     */
    @Test
    void anAnnouncedListOfSentencesStaysAndALinkListGoes() {
        String items = "  \u2022 The health office said that 212 people died in the valley in March, against 190 in February.\n"
                + "  \u2022 The police said that 35 officers died in the same weeks, against 28 in February.\n";
        String after = "The border command said that 88 fighters were killed and 410 detained over the month, and that 95 were "
                + "killed and 1,204 detained in February.";
        String text = "Advertisement\n\nValley toll\n\n" + PROSE + "\n\n" + FLOOD + "\n\nThese are the numbers the ministries gave out on Monday:\n\n"
                + items + "\n" + after + "\n\nAdvertisement\n\n-- A reporter in the valley\n\nMore stories:\n"
                + "- Storm cuts power to 3,000 homes on the coast\n- Seven hurt as bus leaves the mountain road\n";
        CleanArticle a = cleaner.clean(Articles.raw("2019-04-02", text, false));
        assertTrue(a.text().contains("212 people died in the valley in March, against 190 in February."), a.text());
        assertTrue(a.text().contains("35 officers died"), a.text());
        assertTrue(a.text().contains(after), a.text());
        assertFalse(a.text().contains("3,000 homes"), a.text());
        assertFalse(a.text().contains("Seven hurt"), a.text());
    }

    /** A caption whose credit names the agency before a colon ("(File: Wire)", "(AFP: Jane Doe)") is no standfirst's part. */
    @Test
    void aCreditWithTheAgencyBeforeAColonEndsACaption() {
        String standfirst = "Officials say 3,500 people have fled to the hills and 900 have crossed the river since May.";
        String text = "Clashes spread in the hill district\n\n" + standfirst + "\nSoldiers on patrol (File: AP)\nSoldiers on patrol (File: AP)\n\n"
                + FLOOD + PROSE + "\n\n" + PROSE + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().contains(standfirst + "\n\n"), a.text());
        assertFalse(a.text().contains("Soldiers on patrol"), a.text());
    }

    /**
     * A bulleted summary under the headline whose numbers are all the article's is given back; a standfirst that is the
     * lede's opening cut inside its sentence stays, as a clean feed gives it.
     */
    @Test
    void aBulletedSummaryAndACutStandfirstStay() {
        String lede = "Between January and May, 6,420 people reached the islands in 212 boats, 48% more than in the same months "
                + "of the year before, according to the interior ministry's latest report, published on Monday in the capital.";
        String bullet = "Between January and May, 6,420 people reached the islands in 212 boats";
        String text = "Arrivals to the islands rise by half this year\n- " + bullet + "\n- The islands face the largest arrivals since 2006\n"
                + lede + " The figures from 2006 were higher still.\n" + PROSE + "\n" + PROSE;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().contains(bullet + "\n\n"), a.text());
        String cut = "A total of 5,310 migrants reached the coast this year, 1,020 more than in the same months of 2018 (4,290)";
        String page = "Arrivals on the coast up a quarter\n\n" + cut + "\n\nHome 02/04/2019 News\n\n" + cut
                + ", according to the interior ministry's count published on Tuesday morning in the capital.\n\n" + PROSE + FLOOD;
        CleanArticle b = cleaner.clean(Articles.raw("2019-04-02", page, false));
        assertTrue(b.text().contains(cut + "\n\n"), b.text());
        // Links to other stories of the islands under the headline, with numbers of their own or none, are no summary.
        String links = "Arrivals to the islands rise by half this year\n- Seven hurt as a boat reaches the islands in the storm\n"
                + "- Islands ask for more boats and people to patrol the coast\n" + lede + "\n" + PROSE + "\n" + PROSE;
        CleanArticle c = cleaner.clean(Articles.raw("2019-06-02", links, false));
        assertFalse(c.text().contains("Seven hurt"), c.text());
    }

    /**
     * A paragraph of one short sentence between two paragraphs ("One guard was shot dead.") is the article's; a paragraph
     * the page gives twice word for word (its lede again as a summary) is kept once.
     */
    @Test
    void aShortSentenceBetweenParagraphsStaysAndAParagraphGivenTwiceIsKeptOnce() {
        String lede = "Some 41,000 families have left the coastal towns since the storm season began, the relief agency said on Friday.";
        String text = lede + "\nSponsored\n" + FLOOD + "\n\n" + lede + "\nSponsored\n\n" + PROSE + "\n\nTwo guards were shot dead at the gate.\n\n"
                + "\"We heard them coming from the river road and we ran to the fields,\" a farmer said on the telephone.\n\n" + PROSE + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().contains("\n\nTwo guards were shot dead at the gate.\n\n"), a.text());
        assertEquals(a.text().indexOf(lede), a.text().lastIndexOf(lede), a.text());
    }

    /**
     * Captions whose credit no lexicon lists, told by its shape: a name after a slash closing the description, a bracketed
     * pair of names with a slash between them, and an image's alt text in a block of its own right before its credited
     * caption; the paragraphs around them stay.
     */
    @Test
    void aNamedCreditAfterASlashAndTheAltTextBeforeACaptionAreCaptions() {
        String headline = "Swollen river cuts off 40 villages in the delta";
        String text = headline + "\n\nVolunteers carry 12 sacks of rice to the school on the hill.\n\n"
                + "Volunteers carry 12 sacks of rice to the school on the hill. / Marta de la Fuente\n\n" + FLOOD + "\n\n"
                + "A ferry takes 85 villagers across the river on Monday. (Tom Reyes / THE DELTA HERALD)\n\n" + PROSE + "\n\n"
                + "Ana Ruiz.\n\nAna Ruiz. Photo: Delta Post / Ana Ruiz\n\n" + FLOOD + PROSE + "\n\n"
                + "Boats wait for 300 families at the old bridge\n\nBoats wait for 300 families at the old bridge - Coast Guard\n\n" + PROSE + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertEquals(headline + "\n\n" + FLOOD.strip() + "\n\n" + PROSE.strip() + "\n\n" + (FLOOD + PROSE).strip() + "\n\n"
                + (PROSE + FLOOD).strip(), a.text());
        // A headline with a place after a slash has too few words before it; a sentence ends with its full stop.
        assertFalse(PhotoCaption.namedAfterSlash("Delta / North"));
        assertFalse(PhotoCaption.namedAfterSlash("The mayor said the ferry runs every day / Delta Herald reports."));
        assertFalse(PhotoCaption.namedAfterSlash("The count rose to 85 between Monday and Friday (the week's 6/7)"));
    }

    /**
     * An archive picture's caption told by how it opens ("FILE PHOTO: ..."), a credit run into its caption with no space,
     * a label in capitals run into a related story's headline, and related headlines under a label, one closing with a
     * quote: none stays; a paragraph closing with a quoted sentence does.
     */
    @Test
    void aCaptionsOpeningMarkAGluedCreditAndACapitalLabelAreChrome() {
        String quoted = "\"We carried 40 of them to the boats before the water reached the school,\" the mayor said on Monday.";
        String text = "Swollen river cuts off 40 villages in the delta\n\n" + FLOOD + "\n\nFILE PHOTO: Boats carry 300 villagers to the "
                + "old bridge in the delta\n\nBoats carry 300 villagers across the riverPhoto: Delta Post\n\n" + PROSE + "\n\n"
                + "RELATED Storm cuts power to 3,000 homes on the coast\n\n" + quoted + "\n\nMore from\n\n"
                + "Seven hurt as bus leaves the mountain road\n\nMayor of the coast: \u201cwe lost 12 boats\u201d\n\n" + PROSE + FLOOD;
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertFalse(a.text().contains("300"), a.text());
        assertFalse(a.text().contains("3,000"), a.text());
        assertFalse(a.text().contains("Seven hurt"), a.text());
        assertFalse(a.text().contains("12 boats"), a.text());
        assertTrue(a.text().contains(quoted), a.text());
    }

    /**
     * A short sentence dense with names ("Kenya, Uganda and Tanzania have agreed to ...") after the article's one long
     * paragraph is a sentence of the article, not a menu: the short paragraphs after it stay with it.
     */
    @Test
    void aShortNameHeavySentenceDoesNotCutTheArticlesShortParagraphsOff() {
        String names = "Kenya, Uganda and Tanzania have vowed to shut northern frontier crossings.";
        String rescued = "Forty people from another boat were rescued further down the coast after they jumped into the water.";
        String week = "Over the past week, nearly 900 people have come ashore on the beaches of the three countries.";
        String text = "Skip to main content\n\n" + PROSE + FLOOD + "\n\n" + names + "\n\n" + rescued + "\n\n" + week + "\n\nShare this article";
        CleanArticle a = cleaner.clean(Articles.raw("2019-06-02", text, false));
        assertTrue(a.text().endsWith(names + "\n\n" + rescued + "\n\n" + week), a.text());
    }

    /**
     * A headline the page gives again in another case, or at the end of a breadcrumb trail, or ending with a quote, is kept
     * once; a headline in front of the lede's paragraph, cut inside its sentence, stays.
     */
    @Test
    void aHeadlineGivenAgainInAnotherCaseOrAfterABreadcrumbIsKeptOnce() {
        String headline = "Floods in the delta: 40 villages cut off and 2,000 people moved";
        List<Block> kept = List.of(Block.plain(headline, false), Block.plain(FLOOD.strip(), false),
                Block.plain(headline.replace("villages cut", "Villages cut"), false), Block.plain(PROSE.strip(), false));
        assertEquals(List.of(headline, FLOOD.strip(), PROSE.strip()), texts(RepeatedHeadline.once(kept)));
        String quoted = "Floods cut off 40 villages: \u2018the water came at night\u2019";
        String crumbs = "News World Asia Floods cut off 40 villages: 'the water came at night'";
        List<Block> page = List.of(Block.plain(crumbs, false), Block.plain(quoted, false), Block.plain(FLOOD.strip(), false));
        assertEquals(List.of(crumbs, FLOOD.strip()), texts(RepeatedHeadline.once(page)));
        // The site's name before the headline, further down than the top blocks.
        String site = "The Delta Post | " + headline;
        List<Block> named = List.of(Block.plain(headline, false), Block.plain(FLOOD.strip(), false), Block.plain(PROSE.strip(), false),
                Block.plain(FLOOD.strip() + " More.", false), Block.plain(PROSE.strip() + " More.", false), Block.plain(PROSE.strip() + " Less.", false),
                Block.plain(site, false));
        assertEquals(6, RepeatedHeadline.once(named).size());
        assertFalse(texts(RepeatedHeadline.once(named)).contains(headline));
        // The lede's opening cut with an ellipsis, above the article, is a copy of it.
        String flood = FLOOD.strip();
        List<Block> summary = List.of(Block.plain(headline, false), Block.plain(flood.substring(0, 75) + "...", false),
                Block.plain(flood, false), Block.plain(PROSE.strip(), false));
        assertEquals(List.of(headline, flood, PROSE.strip()), texts(RepeatedHeadline.once(summary)));
        String cut = "Floods cut off 40 villages in the delta";
        List<Block> lede = List.of(Block.plain(cut, false), Block.plain(cut + ", officials said on Sunday, " + PROSE.strip(), false));
        assertEquals(2, RepeatedHeadline.once(lede).size());
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void aShortTextIsKeptWhole() {
        CleanArticle a = cleaner.clean(Articles.raw("2012-09-17", "Gunmen killed 4 people.", false));
        assertEquals("Gunmen killed 4 people.", a.text());
    }

    @Test
    void aDateLineInATextCopyGivesThePublicationDate() {
        CleanArticle a = cleaner.clean(Articles.raw(null, "Title\n\nPublished: 2012-04-24\n\n" + PROSE, false));
        assertEquals(LocalDate.of(2012, 4, 24), a.published());
        assertFalse(a.text().contains("Published"));
    }

    /**
     * A feed's clean text (paragraphs, one blank line between them) is read in one scan: its header lines are its
     * first five paragraphs and the blank lines between them, as for any text copy; U+0085 breaks a line too.
     */
    @Test
    void aDateLineAmongTheFirstTenLinesOfAFeedsTextGivesThePublicationDate() {
        for (int k = 0; k < 7; k++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 7; p++) {
                body.append(p == 0 ? "" : "\n\n").append(p == k ? "Published: 2012-04-24" : "Paragraph " + p + ". " + PROSE.strip());
            }
            CleanArticle a = cleaner.clean(new RawArticle(null, null, "test", null, null, "en", body.toString(), false, null, true));
            boolean header = 2 * k < 10; // the date line is line 2k
            assertEquals(header ? LocalDate.of(2012, 4, 24) : null, a.published(), "date line as paragraph " + k);
            assertEquals(!header, a.text().contains("Published"), "date line as paragraph " + k);
        }
        CleanArticle a = cleaner.clean(new RawArticle(null, null, "test", null, null, "en",
                "P1.\n\nP2.\n\nP3.\n\nP4 \u0085Published: 2012-04-24\n\n" + PROSE.strip(), false, null, true));
        assertEquals(LocalDate.of(2012, 4, 24), a.published(), "U+0085 ends the line before the date line (line 7 of 9)");
        CleanArticle late = cleaner.clean(new RawArticle(null, null, "test", null, null, "en",
                "P1.\n\nP2.\n\nP3.\n\nP4.\n\nP5 \u0085a \u0085Published: 2012-04-24\n\n" + PROSE.strip(), false, null, true));
        assertNull(late.published(), "the date line is line 11");
    }

    @Test
    void nothingLeftIsNoArticle() {
        assertNull(cleaner.clean(Articles.raw(null, "<html><body><nav><a href=/>Home</a></nav></body></html>", true)));
    }

    @Test
    void theSameTextIsTheSameArticle() {
        CleanArticle a = cleaner.clean(Articles.raw("2012-09-17", PROSE, false));
        CleanArticle b = cleaner.clean(Articles.raw("2012-09-17", "<html><body><p>" + PROSE + "</p></body></html>", true));
        assertEquals(a.id(), b.id());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(50_000) + "Police said 12 people were killed." + "</div>".repeat(50_000) + "</body></html>";
        assertEquals(1, Articles.figures(null, "x").size() * 0 + new tally.ingest.Extraction()
                .process(Articles.raw("2012-01-01", html, true)).figures().size());
    }
}
