import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic but realistic bench site for hub: a site-config.yml with the same types and
 * taxonomies as the archive's, N publications under content/<folder>/<slug>.md, and term pages for
 * places and a few authors. Deterministic: the same N always gives the same bytes.
 *
 * <pre>
 *   java bench/GenerateCorpus.java N OUTDIR [--hugo]
 * </pre>
 *
 * With --hugo it also writes OUTDIR-hugo, the same documents as a Hugo site (config.toml, minimal
 * layouts, citation keys and .md links rewritten to plain site paths), so Hugo can be timed on the
 * same corpus. No dependencies: JDK 17 only.
 */
public class GenerateCorpus {

    static final long SEED = 0x5C07_1A2DL; // fixed: same N -> same bytes
    static final String LEGACY = "http://whatworksscotland.ac.uk";
    /** Parts per key-messages report (one collection each), as in the archive's closing report. */
    static final int KEY_MESSAGES_PER_REPORT = 10;

    // ---------------------------------------------------------------- site structure

    record Type(String id, String label, String plural, String folder, boolean needsThemes,
                int weight, boolean longForm) {}

    static final List<Type> TYPES = List.of(
            new Type("key-messages", "Key messages", "Key messages", "key-messages", false, 5, false),
            new Type("research-report", "Research report", "Research reports", "research-reports", true, 11, true),
            new Type("policy-briefing", "Policy briefing", "Policy briefings", "briefings", true, 8, false),
            new Type("evidence-review", "Evidence review", "Evidence reviews", "evidence-reviews", true, 5, true),
            new Type("case-study", "Case study", "Case studies", "case-studies", true, 8, true),
            new Type("blog", "Blog post", "Blog posts", "blogs", false, 17, false),
            new Type("event-report", "Event report", "Event reports", "event-reports", true, 6, false),
            new Type("journal-article", "Journal article", "Journal articles", "journal-articles", false, 7, true),
            new Type("book-chapter", "Book chapter", "Book chapters", "book-chapters", false, 3, true),
            new Type("toolkit", "Toolkit or resource pack", "Toolkits and resource packs", "toolkits", false, 4, false),
            new Type("webinar", "Webinar", "Webinars", "webinars", false, 4, false),
            new Type("event", "Event", "Events and conferences", "events", false, 8, false),
            new Type("news", "News", "News", "news", false, 11, false));

    static final String[] THEMES = {"participation", "partnership", "governance", "workforce", "leadership",
            "prevention", "place", "evidence"};
    static final String[][] PLACES = {
            {"aberdeenshire", "Aberdeenshire"}, {"fife", "Fife"}, {"glasgow", "Glasgow"},
            {"west-dunbartonshire", "West Dunbartonshire"}, {"highland", "Highland"},
            {"scotland", "Scotland (national)"}};
    static final String[] WORKSTREAMS = {"collaborative-action-research", "community-engagement",
            "spread-and-sustainability", "leadership", "evidence-and-evaluation"};

    // ---------------------------------------------------------------- vocabulary

    /** Countable nouns, roughly most common first (the order is the Zipf rank). */
    static final String NOUNS = """
            service community partnership programme approach council organisation project area outcome
            practitioner citizen resident participant officer partner group network initiative strategy
            plan policy budget resource process decision priority challenge opportunity barrier relationship
            model framework tool method indicator report review study survey interview workshop event
            meeting conversation forum session case example lesson finding recommendation question issue
            problem need role skill value principle aim benefit cost risk impact change improvement
            intervention activity agency sector provider volunteer worker professional team department
            neighbourhood locality town city village region household family child parent carer tenant
            patient pupil teacher nurse councillor minister researcher academic evaluator analyst
            facilitator champion representative member stakeholder user contract grant fund pilot trial
            assessment audit inspection standard guideline duty mechanism structure system institution
            arrangement agreement commitment expectation assumption narrative story account perspective
            view opinion concern tension conflict dilemma compromise boundary level scale stage phase cycle
            year month week day period decade generation round cohort sample respondent dataset dashboard
            metric statistic figure table chart map profile theme topic domain field agenda vision mission
            ambition idea concept theory argument claim debate discussion consultation petition campaign
            movement association charity enterprise business employer employee job career pathway route
            journey transition step action response effect consequence result gain loss saving investment
            allocation share proportion rate ratio number amount gap difference disadvantage landscape
            setting context circumstance condition factor driver enabler obstacle constraint limitation
            strength weakness asset voice influence board authority body hospital school college university
            library centre hub space venue building street estate island coast valley ward constituency
            election vote ballot referendum proposal bid application award prize scheme package offer
            request complaint appeal claim inquiry hearing commission committee cabinet executive director
            chair convener secretary coordinator worker advocate mentor coach trainer learner student
            graduate apprentice employer landlord owner operator contractor supplier partner client
            customer visitor audience reader listener viewer speaker presenter author editor reviewer
            chapter section paper article briefing note summary guide toolkit manual handbook checklist
            template resource website blog podcast webinar video film photograph exhibition performance
            festival conference seminar lecture course module class lesson exercise game visit tour walk
            route bus train road bridge park garden allotment kitchen cafe shop market pantry bank
            foodbank shelter hostel home flat house tenancy rent bill debt loan benefit payment wage
            salary pension income tax levy charge fee price tariff subsidy incentive sanction penalty
            target milestone deadline timetable calendar schedule agenda minute record file database
            spreadsheet form questionnaire scale score rank index measure baseline trend pattern cluster
            category type kind sort version draft edition copy
            advisor agent ally ambassador anchor archive arena assembly assistant attitude
            auditor backlog balance basis belief bidder blueprint bond bottleneck branch breakthrough
            bulletin bureau candidate capital caseload catalyst caveat ceiling census charter chief
            circle citation clinic coalition code collective colleague column commissioner commitment
            comparison competition component compromise conclusion confederation constituent consultant
            consumer contribution convention corporation correspondent councillor counterpart county
            crisis criterion critique curriculum cut debtor default deficit delegate democrat demand
            deputy designer destination determinant developer device diagram dialogue difficulty
            dimension director discourse distinction district division doctor document donor draft
            economist ecosystem effort element emergency emphasis employer encounter endeavour engine
            entitlement entrepreneur episode error essay estimate evaluator evening examination
            exception exchange experiment expert explanation facility faction failure fault feature
            feedback loop filter firm flaw focus follower footprint format formula foundation fraction
            frontier function fundraiser gatekeeper gateway gesture governor grid guardian guideline
            habit handbook headline heritage hierarchy highlight hospice household hypothesis icon
            identity illustration image incident indicator infrastructure ingredient inhabitant input
            insight inspector instance instrument insurer interface interpretation investigator invitation
            item judge judgement keyword label layer leaflet legacy lens lever licence lifespan limit
            list listener loophole magistrate mandate manifesto margin marketplace mediator memorandum
            mentor merger message metaphor midwife migrant milestone mind mindset minority mix moment
            monitor motion motive municipality myth neighbour newsletter niche nominee norm novice
            objective obligation observation occupant occupation offender official operator opponent
            option organiser orientation outlet outlook output overview owner paradox paragraph parish
            parliament participant partnership passage pathway pattern peer pensioner performer permit
            person phenomenon philosophy pillar pioneer platform player pledge plot pocket poll portfolio
            position post poster practitioner precedent predictor premise prescription presence
            priority prisoner procedure producer profession professor prospect protocol prototype
            psychologist purpose quality quota radio range reader reality reason recipient reference
            reflection regime register regulator rehearsal remedy remit reporter reputation requirement
            reserve residence resolution resource retailer retreat revenue review rhetoric rival ritual
            rule safeguard scenario schedule scholar scope sector segment seminar sequence servant
            shareholder shift shortcut signal signature site situation sketch slogan solution source
            specialist specification spectrum speech sphere sponsor spokesperson stakeholder statement
            station status stereotype stream subject submission successor suggestion supervisor survivor
            symbol symptom synthesis tactic task technique technology tendency tenure territory testimony
            text threat threshold ticket tier timeline trainee trajectory transcript treaty trigger
            trustee tutor umbrella undertaking union update venture verdict veteran victim viewpoint
            vignette volunteer voter warden warning website whistleblower window witness workplace
            """;

    /** Uncountable (mass) nouns. */
    static final String MASS = """
            evidence governance participation engagement leadership prevention collaboration co-production
            democracy accountability transparency learning knowledge research data information funding
            support guidance feedback advice training development deprivation poverty health wellbeing
            housing employment education justice safety transport welfare childcare policing regeneration
            austerity legislation scrutiny oversight trust confidence legitimacy ownership autonomy
            inclusion diversity equality equity resilience sustainability capacity practice reform
            innovation commissioning procurement planning budgeting decision-making facilitation
            deliberation empowerment representation reflection integration coordination delivery
            implementation evaluation monitoring reporting analysis synthesis dissemination communication
            expertise experience understanding insight awareness culture history time money staff
            workforce progress demand pressure isolation loneliness stigma dignity respect kindness
            volunteering activism citizenship inequality disability unemployment recovery addiction
            homelessness literacy numeracy attainment nutrition exercise childhood adolescence ageing
            adaptability affordability agility ambiguity anxiety attendance authority bureaucracy
            cohesion commitment competence compliance continuity cooperation creativity credibility
            curiosity decentralisation devolution discretion discrimination disengagement efficiency
            eligibility enforcement enthusiasm entrepreneurship fairness flexibility fragmentation
            freedom generosity goodwill gratitude harassment hardship humility hunger immigration
            independence infrastructure integrity intelligence interdependence investment isolation
            leisure liberty localism malnutrition marginalisation maturity mobility morale motivation
            neglect obesity openness optimism participation patience persistence pessimism plurality
            pollution precarity privacy productivity prosperity protection public-health reciprocity
            recognition redistribution rehabilitation reliability reputation resentment resistance
            responsibility scepticism security segregation self-esteem self-management sensitivity
            solidarity stability stewardship subsidiarity success supervision surveillance sustainability
            teamwork tolerance turnover uncertainty urbanisation vitality vulnerability wealth
            """;

    static final String ADJECTIVES = """
            local national public community collaborative participatory preventative democratic social
            economic political strategic operational practical effective meaningful inclusive complex
            difficult important significant key central main new existing current recent early long-term
            short-term sustainable shared joint multi-agency cross-sector statutory voluntary formal
            informal professional frontline senior place-based evidence-based outcome-focused
            person-centred community-led qualitative quantitative robust rigorous reliable relevant useful
            valuable critical reflective deliberative representative accountable transparent open fair
            equal unequal deprived disadvantaged vulnerable marginalised rural urban remote coastal
            Scottish British European international regional municipal civic financial fiscal legal
            institutional organisational cultural structural systemic individual collective personal
            human physical mental digital online face-to-face traditional innovative radical incremental
            gradual rapid slow broad narrow wide deep clear consistent explicit implicit direct indirect
            positive negative mixed modest substantial considerable limited small large major minor
            wider further additional specific general particular common different similar distinct
            various available accessible affordable appropriate proportionate realistic ambitious
            achievable measurable visible tangible emerging ongoing continuing growing increasing declining
            persistent entrenched underlying honest candid careful thoughtful patient creative flexible
            responsive supportive trusted respected experienced skilled confident reluctant sceptical
            enthusiastic committed engaged active passive hidden invisible partial complete initial final
            annual quarterly monthly weekly daily previous subsequent future past present contemporary
            comparative longitudinal exploratory descriptive interpretive theoretical empirical applied
            absent abstract acute adequate administrative adverse affluent agreed alternative analytical
            anecdotal anonymous apparent arbitrary autonomous basic beneficial bespoke bureaucratic
            chronic coherent comprehensive conditional confidential constructive contested contextual
            conventional cooperative costly credible cumulative decisive dedicated deliberate dependent
            desirable detailed distinctive diverse dominant dynamic educational eligible embedded
            emotional empowering equitable essential ethical everyday evident exceptional expensive
            experimental external familiar feasible flawed focused fragile fragmented functional
            fundamental generous genuine global governmental hierarchical holistic hopeful hostile
            ideal illustrative immediate impartial independent influential inherent integrated
            intensive intentional interactive internal intrinsic invaluable isolated lasting legitimate
            lived managerial mandatory manageable marginal medical minimal mutual neutral notable novel
            objective obvious occasional optimistic ordinary outstanding overall paid peer-led pivotal
            plausible pragmatic precise predictable preliminary primary principal proactive productive
            progressive prominent promising prudent punitive radical rational reciprocal regulatory
            relational reliable residential resilient respectful restrictive routine scarce secondary
            selective sensitive separate simple sincere skilful stable
            stretched subjective successful sufficient supplementary symbolic tacit targeted technical
            temporary tentative therapeutic transformative transitional trustworthy typical unpaid
            unprecedented unresolved upstream downstream useful variable viable voluntary-sector welcome
            """;

    /** Verbs: base[:past[:ing]]; regular forms are derived. */
    static final String VERBS = """
            support develop improve deliver provide involve engage share use build:built create shape
            inform influence reduce increase address tackle focus explore examine consider identify
            describe explain report suggest show highlight demonstrate indicate reflect recognise
            acknowledge encourage enable empower strengthen sustain maintain enhance promote prioritise
            allocate fund commission design test pilot evaluate assess measure monitor review analyse
            compare combine connect link align integrate coordinate facilitate lead:led manage govern
            decide agree negotiate challenge question welcome resist adapt adopt apply implement embed
            scale spread:spread learn reach include exclude represent listen respond contribute
            participate collaborate work struggle need require expect face experience value respect trust
            understand:understood take:took:taking:taken make:made:making give:gave:giving:given find:found
            bring:brought hold:held seek:sought draw:drew:drawing:drawn set:set:setting spend:spent
            teach:taught think:thought know:knew:knowing:known grow:grew:growing:grown feel:felt mean:meant
            run:ran:running:run become:became:becoming:become write:wrote:writing:written
            begin:began:beginning:begun choose:chose:choosing:chosen keep:kept plan:planned:planning
            commit:committed:committing refer:referred:referring occur:occurred:occurring
            transfer:transferred:transferring map:mapped:mapping stop:stopped:stopping
            open close move change start finish continue complete achieve gather collect produce publish
            present discuss debate propose recommend advise guide train mentor coach host convene invite
            attend visit observe record document capture interpret translate communicate explain clarify
            define frame reframe redesign restructure reorganise invest save cut protect prevent avoid
            mitigate respond adjust revise update extend expand widen deepen broaden narrow target
            accept access accompany account accumulate achieve acquire act advocate afford aim
            alter analyse anticipate appear appoint appreciate approach approve argue arise:arose:arising:arisen
            arrange articulate aspire assemble assert assign assist associate assume assure attract
            balance benefit borrow brief calculate campaign celebrate certify champion check cite claim
            classify clarify co-design co-produce collate commend comment compile complain comply
            conclude conduct confirm confront consolidate consult contest contrast convince cost
            counter criticise cultivate curate debate decline dedicate deduce defend delegate deliberate
            demand deploy deserve detect determine devolve differ diminish disagree disclose discover
            dismiss distribute diversify divide dominate doubt educate elect emerge emphasise employ
            endorse enforce enrol ensure enter entrust establish estimate evolve exceed exercise exhibit
            exist expose express favour fear fit:fitted:fitting follow foster frame generate guarantee
            handle harness help hesitate hire host illustrate imagine impose incorporate incentivise
            initiate innovate insist inspect inspire institutionalise intend interpret intervene
            interview introduce invest investigate justify label launch legislate leverage lobby
            localise locate matter mediate merge mobilise model modify motivate nominate notice nurture
            obtain offer operate oppose organise outline overcome:overcame:overcoming:overcome oversee:oversaw:overseeing:overseen
            own pass perceive perform permit persist persuade play position postpone practise predict
            prepare preserve prevail proceed process progress prohibit project prompt prove:proved:proving:proven
            pursue qualify quantify raise realise reassure recall receive reconcile recruit regulate
            reinforce reject relate release rely remain remove renew repeat replace replicate request
            research resolve restore retain rethink:rethought return reveal reward safeguard satisfy
            score secure select serve settle signal simplify situate solve specify sponsor stabilise
            standardise steer stimulate streamline stress structure submit:submitted:submitting
            substitute succeed suffer summarise supervise supply survey suspend synthesise tailor tend
            transform treat trial:trialled:trialling try undermine undertake:undertook:undertaking:undertaken
            unite urge validate vary verify visualise volunteer vote warn weigh widen withdraw:withdrew:withdrawing:withdrawn
            """;

    static final String ADVERBS = """
            often also however particularly increasingly generally typically largely mainly mostly
            sometimes rarely frequently consistently clearly directly indirectly closely broadly
            significantly substantially slowly quickly gradually carefully explicitly jointly locally
            nationally strategically actively effectively meaningfully genuinely routinely already still
            arguably broadly collectively crucially currently deliberately equally especially eventually
            evidently explicitly fairly formally fully historically increasingly informally initially
            inevitably instead notably occasionally openly partly potentially previously primarily
            progressively rapidly readily relatively repeatedly respectively seldom similarly simply
            steadily subsequently successfully sufficiently systematically together traditionally
            ultimately unusually usually widely
            """;

    static final String PROPER = """
            Fife Glasgow Aberdeenshire Highland Dundee Edinburgh Inverness Aberdeen Stirling Perth
            Dumfries Ayrshire Lanarkshire Renfrewshire Moray Angus Falkirk Midlothian Orkney Shetland
            Clydebank Dumbarton Alexandria Kirkcaldy Glenrothes Methil Leven Peterhead Fraserburgh
            Inverurie Govan Easterhouse Drumchapel Castlemilk Possilpark Thurso Wick Fort-William
            """;

    static final String ORGS = """
            the Scottish Government|the Christie Commission|NHS Scotland|Audit Scotland|the Improvement Service|
            the Community Planning Partnership|the local authority|the health board|the Scottish Parliament|
            COSLA|the third sector interface|the community council|the housing association|
            the integration joint board|Police Scotland|the Fire and Rescue Service|Skills Development Scotland|
            the Scottish Community Development Centre|Education Scotland|the Care Inspectorate
            """;

    static final String[] FIRST = ("Hayley Oliver Claire Richard James Nick Sarah Kathryn Ken Annette Lisa Jane "
            + "Fiona Alan Catriona Duncan Morag Ewan Isla Callum Eilidh Fraser Ailsa Hamish Kirsty Graeme Mhairi "
            + "Ross Shona Iain Gillian Stuart Moira Angus Heather Neil Lorna Craig Elaine Douglas Karen Gordon "
            + "Joanne Malcolm Susan Colin Alison Euan Rhona Gavin Pauline Scott Lesley Martin Carol Andrew Emma "
            + "David Rachel Peter Louise Thomas Laura").split(" ");
    static final String[] LAST = ("Bennett Escobar Brunner Watson Bynner Weakley Hastings Cook McGuinness Ferguson "
            + "Henderson Campbell Stewart MacDonald Robertson Thomson Anderson Scott Murray Reid Taylor Clark Ross "
            + "Paterson Young Mitchell Morrison Fraser Graham Hamilton Kerr Johnston Wallace Gray Hunter Duncan "
            + "Munro Sinclair Grant Kennedy Bell Simpson Wilson Walker Gibson Marshall Lindsay Cameron Gordon Black "
            + "Craig Russell Kelly Allan Docherty Boyle Milne Baird Crawford Drummond Forsyth Galbraith Hendry "
            + "Imrie Jamieson Keir Lamont Mackie Napier Ogilvie Pringle Rennie Shearer Tennant Urquhart Weir "
            + "Yule Aitken Buchanan").split(" ");

    static final String[] AFFILIATIONS = {"University of Edinburgh", "University of Glasgow",
            "Glasgow Caledonian University", "University of Stirling", "Heriot-Watt University",
            "What Works Scotland", "Scottish Community Development Centre", "Improvement Service"};
    static final String[] ROLES = {"Research fellow", "Senior lecturer", "Professor", "Research associate",
            "Development officer", "Co-director", "Knowledge exchange officer"};
    static final String[] JOURNALS = {"Policy & Politics", "Public Management Review", "Local Government Studies",
            "Evidence & Policy", "Scottish Affairs", "Health & Social Care in the Community",
            "Public Money & Management", "Journal of Deliberative Democracy"};
    static final String[] HEADINGS = {"Introduction", "Background", "Context", "Methods", "Approach",
            "Key findings", "Findings", "What we learned", "Discussion", "Implications for practice",
            "Implications for policy", "Conclusions", "Recommendations", "Next steps", "Limitations",
            "About this report", "Further reading", "Questions for reflection"};

    // ---------------------------------------------------------------- sampling helpers

    static final class Zipf {
        final double[] cum;

        Zipf(int n, double s) {
            cum = new double[n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += 1.0 / Math.pow(i + 2.0, s);
                cum[i] = t;
            }
        }

        int next(Random r) {
            double x = r.nextDouble() * cum[cum.length - 1];
            int i = Arrays.binarySearch(cum, x);
            if (i < 0) i = -i - 1;
            return Math.min(i, cum.length - 1);
        }
    }

    static final class WordList {
        final String[] words;
        final Zipf zipf;

        WordList(String[] words, double s) {
            this.words = words;
            this.zipf = new Zipf(words.length, s);
        }

        String pick(Random r) { return words[zipf.next(r)]; }
    }

    static String[] split(String block) {
        return Arrays.stream(block.trim().split("\\s+")).distinct().toArray(String[]::new);
    }

    static Random rng(long stream, long i) {
        long z = SEED ^ (stream * 0x9E3779B97F4A7C15L) ^ (i * 0xBF58476D1CE4E5B9L);
        z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 29));
    }

    static <T> T pick(Random r, T[] a) { return a[r.nextInt(a.length)]; }

    static <T> T pick(Random r, List<T> a) { return a.get(r.nextInt(a.size())); }

    static boolean chance(Random r, double p) { return r.nextDouble() < p; }

    static String cap(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    // ---------------------------------------------------------------- English-like prose

    static final class Lang {
        final WordList nouns = new WordList(split(NOUNS), 1.05);
        final WordList mass = new WordList(split(MASS), 1.05);
        final WordList adjs = new WordList(split(ADJECTIVES), 1.05);
        final WordList advs = new WordList(split(ADVERBS), 1.1);
        final WordList proper = new WordList(split(PROPER), 1.0);
        final String[] orgs = Arrays.stream(ORGS.trim().split("\\|")).map(String::trim).toArray(String[]::new);
        final String[][] verbs; // base, 3s, past, ing, past participle
        final Zipf verbZipf;

        Lang() {
            String[] raw = split(VERBS);
            verbs = new String[raw.length][];
            for (int i = 0; i < raw.length; i++) {
                String[] p = raw[i].split(":");
                String b = p[0];
                String pa = p.length > 1 ? p[1] : past(b);
                verbs[i] = new String[]{b, third(b), pa, p.length > 2 ? p[2] : ing(b), p.length > 3 ? p[3] : pa};
            }
            verbZipf = new Zipf(verbs.length, 1.05);
        }

        static boolean vowel(char c) { return "aeiou".indexOf(c) >= 0; }

        static String third(String b) {
            if (b.matches(".*(s|sh|ch|x|z)")) return b + "es";
            if (b.length() > 1 && b.endsWith("y") && !vowel(b.charAt(b.length() - 2))) return b.substring(0, b.length() - 1) + "ies";
            return b + "s";
        }

        static String past(String b) {
            if (b.endsWith("e")) return b + "d";
            if (b.endsWith("y") && !vowel(b.charAt(b.length() - 2))) return b.substring(0, b.length() - 1) + "ied";
            return b + "ed";
        }

        static String ing(String b) {
            if (b.endsWith("ie")) return b.substring(0, b.length() - 2) + "ying";
            if (b.endsWith("e") && !b.endsWith("ee") && !b.endsWith("ye") && !b.endsWith("oe")) return b.substring(0, b.length() - 1) + "ing";
            return b + "ing";
        }

        static String plural(String n) {
            if (n.equals("child")) return "children";
            if (n.equals("person")) return "people";
            if (n.equals("analysis")) return "analyses";
            if (n.matches(".*(s|sh|ch|x|z)")) return n + "es";
            if (n.endsWith("y") && !vowel(n.charAt(n.length() - 2))) return n.substring(0, n.length() - 1) + "ies";
            return n + "s";
        }

        String[] verb(Random r) { return verbs[verbZipf.next(r)]; }

        static String article(String next) {
            char c = Character.toLowerCase(next.charAt(0));
            return vowel(c) ? "an" : "a";
        }

        /** A noun phrase; returns {text, "s"|"p"}. */
        String[] np(Random r, int depth) {
            double x = r.nextDouble();
            String head;
            boolean plural;
            if (x < 0.45) { head = plural(nouns.pick(r)); plural = true; }
            else if (x < 0.78) { head = nouns.pick(r); plural = false; }
            else if (x < 0.94) { head = mass.pick(r); plural = false; }
            else if (x < 0.97) { head = pick(r, orgs); return new String[]{head, "s"}; }
            else { head = proper.pick(r); return new String[]{head, "s"}; }
            if (chance(r, 0.45)) head = adjs.pick(r) + " " + head;
            if (chance(r, 0.12)) head = (chance(r, 0.5) ? mass.pick(r) : nouns.pick(r)) + " " + head;
            String det;
            double d = r.nextDouble();
            boolean countSingular = !plural && x >= 0.45 && x < 0.78;
            if (plural) {
                det = d < 0.35 ? "" : d < 0.6 ? "the " : d < 0.7 ? "these " : d < 0.78 ? "many " : d < 0.85 ? "some " : d < 0.92 ? "their " : "local ";
            } else if (countSingular) {
                det = d < 0.45 ? "the " : d < 0.8 ? article(head) + " " : d < 0.88 ? "this " : d < 0.94 ? "each " : "their ";
            } else {
                det = d < 0.55 ? "" : d < 0.8 ? "the " : d < 0.9 ? "more " : "their ";
            }
            String s = det + head;
            if (depth == 0 && chance(r, 0.3)) s += " " + pp(r);
            return new String[]{s, plural ? "p" : "s"};
        }

        static final String[] PREPS = {"of", "in", "for", "with", "across", "between", "within", "through",
                "about", "on", "from", "among", "around", "beyond", "alongside"};

        String pp(Random r) {
            String p = PREPS[Math.min(PREPS.length - 1, (int) (Math.pow(r.nextDouble(), 2.2) * PREPS.length))];
            return p + " " + np(r, 1)[0];
        }

        static final String[] MODALS_P = {"can", "should", "could", "may", "will", "need to", "tend to"};
        static final String[] MODALS_S = {"can", "should", "could", "may", "will", "needs to", "tends to"};

        String vp(Random r, boolean plural) {
            String[] v = verb(r);
            double x = r.nextDouble();
            String out;
            if (x < 0.35) out = (plural ? v[0] : v[1]) + " " + np(r, 0)[0];
            else if (x < 0.55) out = v[2] + " " + np(r, 0)[0];
            else if (x < 0.68) out = pick(r, plural ? MODALS_P : MODALS_S) + " " + v[0] + " " + np(r, 0)[0];
            else if (x < 0.78) out = (plural ? "have " : "has ") + v[4] + " " + np(r, 0)[0];
            else if (x < 0.86) out = (plural ? "are " : "is ") + v[3] + " " + np(r, 0)[0];
            else if (x < 0.94) out = (plural ? "are " : "is ") + (chance(r, 0.3) ? advs.pick(r) + " " : "") + adjs.pick(r);
            else out = (plural ? "were " : "was ") + v[4] + " by " + np(r, 1)[0];
            if (chance(r, 0.2)) out += " " + pp(r);
            return out;
        }

        String clause(Random r) {
            String[] subj = np(r, 0);
            String adv = chance(r, 0.12) ? advs.pick(r) + " " : "";
            return subj[0] + " " + adv + vp(r, subj[1].equals("p"));
        }

        static final String[] OPENERS = {"However, ", "In practice, ", "As a result, ", "In many cases, ",
                "At the same time, ", "For example, ", "In this context, ", "Overall, ", "Across the case-study areas, ",
                "For many participants, ", "In particular, ", "More broadly, ", "By contrast, ", "Taken together, "};
        static final String[] JOINS = {", and ", ", but ", "; ", " because ", ", while ", " although ", ", so "};

        /** A sentence without its final punctuation. */
        String sentence(Random r) {
            double x = r.nextDouble();
            String s;
            if (x < 0.08) {
                int pct = 5 + r.nextInt(90);
                s = pct + " per cent of " + plural(nouns.pick(r)) + " " + vp(r, true);
            } else if (x < 0.14) {
                s = "In " + (2014 + r.nextInt(6)) + ", " + clause(r);
            } else if (x < 0.2) {
                s = "In " + proper.pick(r) + ", " + clause(r);
            } else if (x < 0.25) {
                s = pick(r, new String[]{"One participant said that ", "Several respondents felt that ",
                        "Officers told us that ", "The evidence suggests that ", "It is clear that "}) + clause(r);
            } else {
                s = (chance(r, 0.18) ? pick(r, OPENERS) : "") + clause(r);
                if (chance(r, 0.3)) s += pick(r, JOINS) + clause(r);
            }
            return cap(s);
        }

        String phrase(Random r, int min, int max) {
            StringBuilder sb = new StringBuilder();
            int n = min + r.nextInt(max - min + 1);
            List<String> parts = new ArrayList<>();
            while (parts.size() < n) {
                double x = r.nextDouble();
                if (x < 0.5) parts.add(nouns.pick(r));
                else if (x < 0.75) parts.add(adjs.pick(r));
                else parts.add(mass.pick(r));
            }
            for (String p : parts) sb.append(sb.length() == 0 ? "" : " ").append(p);
            return sb.toString();
        }

        String title(Random r) {
            double x = r.nextDouble();
            String a = adjs.pick(r), n1 = nouns.pick(r), m = mass.pick(r), pl = plural(nouns.pick(r));
            String place = proper.pick(r);
            String t;
            if (x < 0.15) t = cap(m) + " and " + m(r) + " in " + place + ": " + a + " " + pl + " from " + mass.pick(r);
            else if (x < 0.28) t = verbIngCap(r) + " " + a + " " + pl + " in " + place;
            else if (x < 0.4) t = "What works in " + a + " " + m + "?";
            else if (x < 0.52) t = cap(a) + " " + m + ": " + article(n1) + " " + n1 + " for " + plural(nouns.pick(r));
            else if (x < 0.62) t = cap(m) + ", " + mass.pick(r) + " and " + plural(nouns.pick(r)) + ": lessons from " + place;
            else if (x < 0.72) t = "The role of " + pl + " in " + a + " " + m;
            else if (x < 0.8) t = cap(pl) + " and " + m + ": " + article(a) + " " + a + " review";
            else if (x < 0.9) t = "Towards " + a + " " + m + " in " + place;
            else t = cap(a) + " " + pl + " and the future of " + m;
            return t;
        }

        String m(Random r) { return mass.pick(r); }

        String verbIngCap(Random r) { return cap(verb(r)[3]); }

        String heading(Random r) {
            double x = r.nextDouble();
            if (x < 0.45) return pick(r, HEADINGS);
            if (x < 0.7) return "The role of " + mass.pick(r);
            if (x < 0.85) return cap(adjs.pick(r)) + " " + plural(nouns.pick(r));
            return cap(verb(r)[3]) + " " + mass.pick(r) + " in " + proper.pick(r);
        }
    }

    // ---------------------------------------------------------------- documents

    static final class Doc {
        int idx;
        Type type;
        String title, slug, summary;
        LocalDate date, updated;
        String precision; // null = day
        List<String> authors = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        List<String> places = new ArrayList<>();
        String workstream;
        boolean alias, explicitType;
        Integer weight;
        String collection;
        int words, footnotes;
        String body; // hub flavour

        String url() { return "/" + type.folder + "/" + slug + "/"; }
    }

    static String slugify(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > 70) {
            t = t.substring(0, 70);
            int cut = t.lastIndexOf('-');
            if (cut > 30) t = t.substring(0, cut);
        }
        return t;
    }

    /** Edit distance 1, or 2 for names of 8+ characters (as hub's near-duplicate check). */
    static boolean nearlySame(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) return false;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        int d = prev[b.length()];
        return d <= 1 || d == 2 && Math.min(a.length(), b.length()) >= 8;
    }

    static String q(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    final int n;
    final Lang lang = new Lang();
    final List<Doc> docs = new ArrayList<>();
    final List<Doc> aliased = new ArrayList<>();
    final List<String> authorPool = new ArrayList<>();
    final Zipf docPopularity;
    final int[] popularOrder;

    GenerateCorpus(int n) {
        this.n = n;
        Random ar = rng(1, 0);
        Set<String> seen = new HashSet<>();
        while (authorPool.size() < 300) {
            String name = pick(ar, FIRST) + " " + pick(ar, LAST);
            // hub warns about author names one or two edits apart (likely typos): keep them apart
            String slug = slugify(name);
            if (authorPool.stream().noneMatch(a -> nearlySame(slugify(a), slug)) && seen.add(name)) authorPool.add(name);
        }
        Zipf authorZipf = new Zipf(authorPool.size(), 0.9);
        int totalWeight = TYPES.stream().mapToInt(Type::weight).sum();
        Set<String> slugs = new HashSet<>();
        int[] keyMessagesWeight = {0};
        for (int i = 0; i < n; i++) {
            Random r = rng(2, i);
            Doc d = new Doc();
            d.idx = i;
            int w = r.nextInt(totalWeight);
            for (Type t : TYPES) {
                if (w < t.weight) { d.type = t; break; }
                w -= t.weight;
            }
            d.title = lang.title(r);
            String base = slugify(d.title), slug = base;
            for (int k = 2; !slugs.add(slug); k++) slug = base + "-" + k;
            d.slug = slug;
            d.date = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(6 * 365 + 2));
            double p = r.nextDouble();
            if (p < 0.1) { d.precision = "month"; d.date = d.date.withDayOfMonth(1); }
            else if (p < 0.13) { d.precision = "year"; d.date = d.date.withDayOfYear(1); }
            if (chance(r, 0.1)) {
                LocalDate u = d.date.plusDays(20 + r.nextInt(400));
                if (u.getYear() <= 2019) d.updated = u;
            }
            d.explicitType = chance(r, 0.2);
            int na = 1 + (int) (Math.pow(r.nextDouble(), 1.6) * 4);
            while (d.authors.size() < na) {
                String a = authorPool.get(authorZipf.next(r));
                if (!d.authors.contains(a)) d.authors.add(a);
            }
            int nt = 1 + (int) (Math.pow(r.nextDouble(), 1.4) * 3);
            while (d.themes.size() < nt) {
                String t = THEMES[r.nextInt(THEMES.length)];
                if (!d.themes.contains(t)) d.themes.add(t);
            }
            double pp = r.nextDouble();
            int np = pp < 0.35 ? 0 : pp < 0.8 ? 1 : 2;
            if (i < PLACES.length) np = Math.max(np, 1);
            while (d.places.size() < np) {
                String pl = d.places.isEmpty() && i < PLACES.length ? PLACES[i][0] : PLACES[r.nextInt(PLACES.length)][0];
                if (!d.places.contains(pl)) d.places.add(pl);
            }
            if (chance(r, 0.5)) d.workstream = WORKSTREAMS[r.nextInt(WORKSTREAMS.length)];
            d.summary = lang.sentence(r) + ". " + (chance(r, 0.5) ? lang.sentence(r) + "." : "");
            d.summary = d.summary.trim();
            d.alias = chance(r, 0.35);
            // Key messages come as reports of KEY_MESSAGES_PER_REPORT parts, each report a collection (the archive's
            // closing report has ten): one collection of every key message would put 5% of the corpus on each of
            // their pages ("In this report"), output that grows with the square of N.
            if (d.type.id.equals("key-messages")) {
                int k = keyMessagesWeight[0]++;
                d.weight = k % KEY_MESSAGES_PER_REPORT + 1;
                d.collection = "key-messages-" + (k / KEY_MESSAGES_PER_REPORT + 1);
            }
            double u = r.nextDouble();
            d.words = 300 + (int) (2700 * Math.pow(u, d.type.longForm ? 2.0 : 4.0));
            if (chance(r, 0.2)) d.footnotes = 0;
            else d.footnotes = (int) Math.round(30 * Math.pow(r.nextDouble(), d.type.longForm ? 1.1 : 3.5));
            docs.add(d);
            if (d.alias) aliased.add(d);
        }
        docPopularity = new Zipf(Math.max(1, n), 0.8);
        popularOrder = new int[n];
        Random pr = rng(3, 0);
        for (int i = 0; i < n; i++) popularOrder[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = pr.nextInt(i + 1);
            int t = popularOrder[i]; popularOrder[i] = popularOrder[j]; popularOrder[j] = t;
        }
    }

    Doc otherDoc(Random r, Doc self) {
        if (n < 2) return null;
        for (int tries = 0; tries < 20; tries++) {
            Doc d = docs.get(popularOrder[docPopularity.next(r)]);
            if (d != self) return d;
        }
        return docs.get((self.idx + 1) % n);
    }

    Doc otherAliased(Random r, Doc self) {
        if (aliased.isEmpty() || (aliased.size() == 1 && aliased.get(0) == self)) return null;
        for (int tries = 0; tries < 20; tries++) {
            Doc d = pick(r, aliased);
            if (d != self) return d;
        }
        return null;
    }

    String legacyUrl(Random r, Doc d) {
        return (chance(r, 0.2) ? "http://www.whatworksscotland.ac.uk" : LEGACY) + "/old/" + d.slug + "/";
    }

    String rel(Doc from, Doc to) { return "../" + to.type.folder + "/" + to.slug + ".md"; }

    /** An inline cross-link to another document, to put before a sentence's full stop. */
    String inlineLink(Random r, Doc self) {
        Doc t = otherDoc(r, self);
        if (t == null) return "";
        double x = r.nextDouble();
        if (x < 0.3) return ", as [" + t.title + "](" + rel(self, t) + ") shows";
        if (x < 0.55) return " (see [" + t.title + "](" + t.url() + "))";
        if (x < 0.85) return " [@" + t.slug + "]";
        Doc a = otherAliased(r, self);
        if (a == null) return " [@" + t.slug + "]";
        return " (see <" + legacyUrl(r, a) + ">)";
    }

    String footnoteText(Random r, Doc self) {
        double x = r.nextDouble();
        if (x < 0.3) {
            Doc t = otherDoc(r, self);
            if (t != null) {
                double y = r.nextDouble();
                if (y < 0.5) return "[@" + t.slug + "]";
                if (y < 0.8) return "See [@" + t.slug + "], p. " + (1 + r.nextInt(80)) + ".";
                Doc t2 = otherDoc(r, self);
                return "[@" + t.slug + "]; see also [@" + t2.slug + "].";
            }
        } else if (x < 0.45) {
            Doc t = otherDoc(r, self);
            if (t != null) return t.authors.get(0) + " (" + t.date.getYear() + ") [" + t.title + "](" + rel(self, t) + ").";
        } else if (x < 0.55) {
            Doc a = otherAliased(r, self);
            if (a != null) return a.title + " <" + legacyUrl(r, a) + ">";
        } else if (x < 0.8) {
            String t = lang.title(r);
            double y = r.nextDouble();
            String dot = t.endsWith("?") ? "" : ".";
            if (y < 0.4) return "Scottish Government (" + (2011 + r.nextInt(9)) + ") " + t + dot + " <https://www.gov.scot/publications/" + slugify(t) + "/>";
            if (y < 0.7) return pick(r, authorPool) + " and " + pick(r, authorPool) + " (" + (2005 + r.nextInt(15)) + ") '" + t + "', "
                    + pick(r, JOURNALS) + ", " + (10 + r.nextInt(40)) + "(" + (1 + r.nextInt(4)) + "), pp. " + (1 + r.nextInt(200)) + "-" + (201 + r.nextInt(100))
                    + ". <https://doi.org/10." + (1000 + r.nextInt(9000)) + "/" + slugify(t).substring(0, Math.min(12, slugify(t).length())) + "." + r.nextInt(1000) + ">";
            return "Audit Scotland (" + (2012 + r.nextInt(8)) + ") " + t + dot + " Available at <https://www.audit-scotland.gov.uk/report/" + slugify(t) + ">.";
        }
        return lang.sentence(r) + ".";
    }

    // body blocks: paragraphs keep their sentences so footnote references can be placed afterwards
    sealed interface Block permits Para, Raw {}

    record Para(List<StringBuilder> sentences) implements Block {}

    record Raw(String text) implements Block {}

    static int wordCount(String s) {
        int c = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ws = Character.isWhitespace(ch) || ch == '|' || ch == '-' && in == false;
            if (!ws && !in && Character.isLetterOrDigit(ch)) c++;
            in = !ws;
        }
        return c;
    }

    void writeBody(Doc d) {
        Random r = rng(4, d.idx);
        List<Block> blocks = new ArrayList<>();
        int words = 0;
        int sinceHeading = 0;
        int nextHeading = 150 + r.nextInt(250);
        boolean headings = d.words > 600 || chance(r, 0.3);
        double linkRate = 0.15 + r.nextDouble() * 0.2;
        while (words < d.words) {
            if (headings && sinceHeading >= nextHeading && d.words - words > 120) {
                boolean h3 = chance(r, 0.25) && !blocks.isEmpty();
                blocks.add(new Raw((h3 ? "### " : "## ") + lang.heading(r)));
                sinceHeading = 0;
                nextHeading = 150 + r.nextInt(350);
                continue;
            }
            double x = r.nextDouble();
            String raw = null;
            if (x < 0.07 && words > 50) raw = list(r);
            else if (x < 0.1 && words > 100) raw = table(r);
            else if (x < 0.115) raw = "> " + lang.sentence(r) + ". (" + pick(r, new String[]{"participant", "practitioner", "officer", "community member"}) + ", " + lang.proper.pick(r) + ")";
            if (raw != null) {
                blocks.add(new Raw(raw));
                int c = wordCount(raw);
                words += c;
                sinceHeading += c;
                continue;
            }
            List<StringBuilder> ss = new ArrayList<>();
            int ns = 2 + r.nextInt(6);
            boolean linked = false;
            for (int i = 0; i < ns; i++) {
                StringBuilder s = new StringBuilder(lang.sentence(r));
                if (!linked && chance(r, linkRate / ns * 1.5)) {
                    s.append(inlineLink(r, d));
                    linked = true;
                }
                s.append(chance(r, 0.03) ? "?" : ".");
                ss.add(s);
                int c = wordCount(s.toString());
                words += c;
                sinceHeading += c;
            }
            blocks.add(new Para(ss));
        }
        // footnote references: k distinct sentences, numbered in reading order
        List<StringBuilder> all = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Para p) all.addAll(p.sentences());
        int k = Math.min(d.footnotes, all.size());
        d.footnotes = k;
        boolean[] mark = new boolean[all.size()];
        for (int placed = 0; placed < k; ) {
            int i = r.nextInt(all.size());
            if (!mark[i]) { mark[i] = true; placed++; }
        }
        int num = 0;
        for (int i = 0; i < all.size(); i++) if (mark[i]) all.get(i).append("[^").append(++num).append("]");
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Raw raw) out.append(raw.text()).append("\n\n");
            else if (b instanceof Para p) out.append(wrap(p.sentences())).append("\n\n");
        }
        for (int i = 1; i <= k; i++) out.append("[^").append(i).append("]: ").append(footnoteText(r, d)).append("\n\n");
        d.body = out.toString().stripTrailing() + "\n";
    }

    /** Joins sentences and wraps at ~100 columns, never inside a link. */
    static String wrap(List<StringBuilder> sentences) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (StringBuilder s : sentences) {
            for (String w : tokens(s.toString())) {
                if (col > 0 && col + 1 + w.length() > 100) { sb.append('\n'); col = 0; }
                else if (col > 0) { sb.append(' '); col++; }
                sb.append(w);
                col += w.length();
            }
        }
        return sb.toString();
    }

    /** Splits on spaces but keeps a Markdown link "[text](url)" as one token. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == ' ' && depth == 0) {
                if (i > start) out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }

    String list(Random r) {
        int items = 3 + r.nextInt(5);
        boolean ordered = chance(r, 0.3);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= items; i++) {
            sb.append(ordered ? i + ". " : "- ");
            sb.append(chance(r, 0.5) ? cap(lang.phrase(r, 2, 5)) : lang.sentence(r) + ".");
            if (i < items) sb.append('\n');
        }
        return sb.toString();
    }

    String table(Random r) {
        int cols = 3 + r.nextInt(3), rows = 3 + r.nextInt(6);
        StringBuilder sb = new StringBuilder("| ").append(cap(lang.phrase(r, 1, 2)));
        for (int c = 1; c < cols; c++) sb.append(" | ").append(cap(lang.phrase(r, 1, 3)));
        sb.append(" |\n|---");
        for (int c = 1; c < cols; c++) sb.append("|---:");
        sb.append("|\n");
        for (int i = 0; i < rows; i++) {
            sb.append("| ").append(chance(r, 0.5) ? lang.proper.pick(r) : cap(lang.phrase(r, 1, 3)));
            for (int c = 1; c < cols; c++) {
                double x = r.nextDouble();
                sb.append(" | ").append(x < 0.4 ? String.valueOf(r.nextInt(5000)) : x < 0.8 ? r.nextInt(100) + "%" : lang.adjs.pick(r));
            }
            sb.append(" |");
            if (i < rows - 1) sb.append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- writing

    static void write(Path p, String s) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String list(List<String> xs) { return "[" + String.join(", ", xs) + "]"; }

    String frontMatter(Doc d) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(q(d.title)).append('\n');
        sb.append("date: ").append(d.date).append('\n');
        if (d.updated != null) sb.append("updated: ").append(d.updated).append('\n');
        if (d.explicitType) sb.append("type: ").append(d.type.id).append('\n');
        sb.append("authors: ").append(list(d.authors)).append('\n');
        sb.append("themes: ").append(list(d.themes)).append('\n');
        if (!d.places.isEmpty()) sb.append("places: ").append(list(d.places)).append('\n');
        if (d.workstream != null) sb.append("workstreams: [").append(d.workstream).append("]\n");
        sb.append("summary: ").append(q(d.summary)).append('\n');
        if (d.alias) sb.append("aliases:\n  - /old/").append(d.slug).append("/\n");
        if (d.weight != null) sb.append("weight: ").append(d.weight).append('\n');
        sb.append("extra:\n");
        if (d.precision != null) {
            sb.append("  date_precision: ").append(d.precision).append('\n');
            sb.append("  date_note: ").append(q("Only the " + d.precision + " of publication is recorded.")).append('\n');
        }
        if (d.alias) sb.append("  original_url: ").append(LEGACY).append("/old/").append(d.slug).append("/\n");
        sb.append("  publisher: What Works Scotland\n");
        if (d.type.id.equals("journal-article")) {
            sb.append("  doi: 10.").append(1000 + d.idx % 9000).append("/hub.").append(d.idx).append('\n');
            sb.append("  journal: ").append(q(JOURNALS[d.idx % JOURNALS.length])).append('\n');
        }
        if (d.collection != null) sb.append("  collection: ").append(d.collection).append('\n');
        sb.append("---\n\n");
        return sb.toString();
    }

    String configYaml() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # Bench site generated by bench/GenerateCorpus.java (synthetic content; same structure as
                # the archive's site-config.yml).
                title: What Works Scotland archive (bench corpus)
                tagline: Research, evidence and learning on public service reform in Scotland, 2014-2019.
                description: >-
                  A synthetic corpus of %d publications with the structure of the What Works Scotland archive,
                  used to benchmark the build.
                programme: What Works Scotland
                base_url: https://hub.example.org/
                language: en-GB
                legacy_hosts:
                  - whatworksscotland.ac.uk
                  - www.whatworksscotland.ac.uk
                  - whatworksscotland.blogspot.com
                future: false
                page_size: 20
                feed_size: 20
                toc_min_headings: 4
                html:
                  allow_iframe_hosts:
                    - www.youtube-nocookie.com
                    - www.youtube.com
                    - player.vimeo.com

                types:
                """.formatted(n));
        for (Type t : TYPES) {
            sb.append("  - id: ").append(t.id).append('\n')
              .append("    label: ").append(t.label).append('\n')
              .append("    plural: ").append(t.plural).append('\n')
              .append("    folder: ").append(t.folder).append('\n')
              .append("    permalink: /").append(t.folder).append("/{slug}/\n")
              .append("    required: ").append(t.needsThemes ? "[summary, themes]" : "[summary]").append('\n');
        }
        sb.append("""
                  - id: place
                    label: Place
                    plural: Places
                    folder: places
                    term_of: places
                  - id: person
                    label: Person
                    plural: People
                    folder: authors
                    term_of: authors

                taxonomies:
                  - id: themes
                    label: Theme
                    plural: Themes
                    base: /themes/
                    controlled: true
                    terms:
                      - id: participation
                        label: Participation
                        description: How citizens and communities take part in the decisions and services that affect them.
                        synonyms: [community engagement, engagement, citizen participation, participatory democracy, participatory budgeting, democratic innovation]
                      - id: partnership
                        label: Partnership
                        description: How public bodies, the third sector and communities plan and work together.
                        synonyms: [co-production, coproduction, collaboration, partnership working, community planning]
                      - id: governance
                        label: Governance
                        description: Who decides, how, and with what accountability, from community councils to community planning boards.
                        synonyms: [participatory governance, accountability, decision-making, local democracy]
                      - id: workforce
                        label: Workforce
                        description: The people who deliver public services, their skills, development and ways of working.
                        synonyms: [staff, workforce development, frontline workers, professional development]
                      - id: leadership
                        label: Leadership
                        description: Leadership that is shared, facilitative and collaborative across organisations.
                        synonyms: [collaborative leadership, facilitative leadership, systems leadership]
                      - id: prevention
                        label: Prevention
                        description: Shifting effort towards stopping problems before they start and reducing inequality.
                        synonyms: [preventative spend, early intervention, preventative approaches, inequalities]
                      - id: place
                        label: Place
                        description: Place-based approaches that shape services around neighbourhoods and localities.
                        synonyms: [place-based approaches, place-based working, localities, neighbourhoods, community profiling]
                      - id: evidence
                        label: Evidence
                        description: Producing, sharing and using evidence and data to improve services and decisions.
                        synonyms: [evaluation, data, research use, knowledge exchange, evidence use, action research]
                  - id: places
                    label: Place
                    plural: Places
                    base: /places/
                    controlled: true
                    terms:
                      - id: aberdeenshire
                        label: Aberdeenshire
                        description: Case-study area in the north-east of Scotland.
                      - id: fife
                        label: Fife
                        description: Case-study area in the east of Scotland.
                      - id: glasgow
                        label: Glasgow
                        description: Case-study area, Scotland's largest city.
                        synonyms: [glasgow city]
                      - id: west-dunbartonshire
                        label: West Dunbartonshire
                        description: Case-study area to the west of Glasgow.
                        synonyms: [west dunbartonshire council area]
                      - id: highland
                        label: Highland
                        description: A learning-partner area in the north of Scotland.
                      - id: scotland
                        label: Scotland (national)
                        description: Work with a national scope rather than one area.
                        synonyms: [national]
                  - id: workstreams
                    label: Workstream
                    plural: Workstreams
                    base: /workstreams/
                    controlled: true
                    terms:
                      - id: collaborative-action-research
                        label: Collaborative Action Research
                        description: Researchers and practitioners in the four case-study areas working on local questions together.
                        synonyms: [car, action research]
                      - id: community-engagement
                        label: Community Engagement and Capacity Building
                        description: Work on how communities take part and how their capacity is built.
                        synonyms: [capacity building]
                      - id: spread-and-sustainability
                        label: Spread and Sustainability
                        description: How good practice spreads beyond where it started and lasts.
                      - id: leadership
                        label: Leadership
                        description: Research and development on collaborative leadership in public services.
                      - id: evidence-and-evaluation
                        label: Evidence and Evaluation
                        description: Evidence reviews, evaluability assessments and support for using data.
                  - id: authors
                    label: Author
                    plural: Authors
                    base: /authors/
                    controlled: false
                """);
        return sb.toString();
    }

    /** Authors with their own page: the most published ones (at most 12). */
    List<String> featuredAuthors() {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String a : authorPool) count.put(a, 0);
        for (Doc d : docs) for (String a : d.authors) count.merge(a, 1, Integer::sum);
        List<String> used = new ArrayList<>(count.keySet());
        used.removeIf(a -> count.get(a) == 0);
        used.sort(Comparator.comparing((String a) -> -count.get(a)).thenComparing(authorPool::indexOf));
        return used.subList(0, Math.min(12, used.size()));
    }

    String termBody(Random r, int paras) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paras; p++) {
            List<StringBuilder> ss = new ArrayList<>();
            int ns = 2 + r.nextInt(4);
            for (int i = 0; i < ns; i++) ss.add(new StringBuilder(lang.sentence(r)).append('.'));
            sb.append(wrap(ss)).append("\n\n");
        }
        return sb.toString().stripTrailing() + "\n";
    }

    record TermPage(String folder, String slug, String frontMatterBody, String body) {}

    List<TermPage> termPages() {
        List<TermPage> out = new ArrayList<>();
        for (int i = 0; i < PLACES.length; i++) {
            Random r = rng(5, i);
            String fm = "title: " + q(PLACES[i][1]) + "\ndate: 2019-06-01\nsummary: " + q(lang.sentence(r) + ".") + "\n";
            out.add(new TermPage("places", PLACES[i][0], fm, termBody(r, 2 + r.nextInt(2))));
        }
        List<String> fa = featuredAuthors();
        for (int i = 0; i < fa.size(); i++) {
            Random r = rng(6, i);
            String name = fa.get(i);
            String fm = "title: " + name + "\ndate: 2019-06-01\nsummary: " + q(pick(r, ROLES) + " at " + pick(r, AFFILIATIONS) + ".")
                    + "\nextra:\n  affiliation: " + pick(r, AFFILIATIONS) + "\n  role: " + pick(r, ROLES) + "\n";
            out.add(new TermPage("authors", slugify(name), fm, termBody(r, 1 + r.nextInt(2))));
        }
        return out;
    }

    void writeHub(Path out) {
        write(out.resolve("site-config.yml"), configYaml());
        for (Doc d : docs) write(out.resolve("content/" + d.type.folder + "/" + d.slug + ".md"), frontMatter(d) + d.body);
        for (TermPage t : termPages())
            write(out.resolve("content/" + t.folder() + "/" + t.slug() + ".md"), "---\n" + t.frontMatterBody() + "---\n\n" + t.body());
    }

    // ---------------------------------------------------------------- Hugo copy

    static final Pattern CITE = Pattern.compile("\\[@([a-z0-9-]+)\\]");
    static final Pattern MDLINK = Pattern.compile("\\]\\(\\.\\./([a-z-]+)/([a-z0-9-]+)\\.md\\)");

    String hugoBody(String body, Map<String, Doc> bySlug) {
        Matcher m = CITE.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Doc t = bySlug.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement("[" + t.title + "](" + t.url() + ")"));
        }
        m.appendTail(sb);
        return MDLINK.matcher(sb.toString()).replaceAll("](/$1/$2/)");
    }

    String hugoFrontMatter(Doc d) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(q(d.title)).append('\n');
        sb.append("date: ").append(d.date).append('\n');
        if (d.updated != null) sb.append("lastmod: ").append(d.updated).append('\n');
        sb.append("authors: ").append(list(d.authors.stream().map(GenerateCorpus::q).toList())).append('\n');
        sb.append("themes: ").append(list(d.themes)).append('\n');
        if (!d.places.isEmpty()) sb.append("places: ").append(list(d.places)).append('\n');
        if (d.workstream != null) sb.append("workstreams: [").append(d.workstream).append("]\n");
        sb.append("description: ").append(q(d.summary)).append('\n');
        if (d.alias) sb.append("aliases:\n  - /old/").append(d.slug).append("/\n");
        if (d.weight != null) sb.append("weight: ").append(d.weight).append('\n');
        sb.append("extra:\n  publisher: What Works Scotland\n");
        if (d.precision != null) sb.append("  date_precision: ").append(d.precision).append('\n');
        sb.append("---\n\n");
        return sb.toString();
    }

    static final String HUGO_CONFIG = """
            baseURL = "https://hub.example.org/"
            languageCode = "en-gb"
            title = "What Works Scotland archive (bench corpus)"
            paginate = 20
            enableRobotsTXT = false

            [taxonomies]
              theme = "themes"
              place = "places"
              workstream = "workstreams"
              author = "authors"

            [markup.goldmark.renderer]
              unsafe = false
            [markup.goldmark.extensions]
              footnote = true
              table = true
            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3

            """;

    static final Map<String, String> HUGO_LAYOUTS = new LinkedHashMap<>();

    static {
        HUGO_LAYOUTS.put("_default/baseof.html", """
                <!doctype html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
                {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
                <link rel="canonical" href="{{ .Permalink }}">
                {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
                </head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>{{ .Site.Title }}</footer>
                </body>
                </html>
                """);
        HUGO_LAYOUTS.put("_default/single.html", """
                {{ define "main" }}
                <article>
                <h1>{{ .Title }}</h1>
                <p class="meta">{{ .Date.Format "2 January 2006" }} · {{ .Section }} · {{ .ReadingTime }} min read</p>
                {{ with .GetTerms "authors" }}<p>By {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
                {{ range $tax := slice "themes" "places" "workstreams" }}{{ with $.GetTerms $tax }}<p>{{ $tax }}: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}{{ end }}
                {{ with .Description }}<p class="summary">{{ . }}</p>{{ end }}
                <nav class="toc">{{ .TableOfContents }}</nav>
                {{ .Content }}
                <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
                </article>
                {{ end }}
                """);
        HUGO_LAYOUTS.put("_default/list.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ if .IsHome }}
                <ul>{{ range first 10 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
                {{ else }}
                {{ $pager := .Paginate .Pages.ByDate.Reverse }}
                <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}<p>{{ .Description }}</p></li>{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}
                {{ end }}
                {{ end }}
                """);
        HUGO_LAYOUTS.put("_default/taxonomy.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
                {{ end }}
                """);
        HUGO_LAYOUTS.put("_default/term.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ $pager := .Paginate .Pages.ByDate.Reverse }}
                <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }} ({{ .Section }})</li>{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}
                {{ end }}
                """);
    }

    void writeHugo(Path out) {
        write(out.resolve("config.toml"), HUGO_CONFIG);
        for (Map.Entry<String, String> e : HUGO_LAYOUTS.entrySet()) write(out.resolve("layouts/" + e.getKey()), e.getValue());
        Map<String, Doc> bySlug = new LinkedHashMap<>();
        for (Doc d : docs) bySlug.put(d.slug, d);
        for (Doc d : docs)
            write(out.resolve("content/" + d.type.folder + "/" + d.slug + ".md"), hugoFrontMatter(d) + hugoBody(d.body, bySlug));
        for (TermPage t : termPages())
            write(out.resolve("content/" + t.folder() + "/" + t.slug() + "/_index.md"), "---\n" + t.frontMatterBody() + "---\n\n" + t.body());
    }

    // ---------------------------------------------------------------- main

    public static void main(String[] args) throws IOException {
        List<String> pos = new ArrayList<>();
        boolean hugo = false;
        for (String a : args) {
            if (a.equals("--hugo")) hugo = true;
            else if (a.startsWith("-")) usage("unknown option " + a);
            else pos.add(a);
        }
        if (pos.size() != 2) usage(null);
        int n;
        try {
            n = Integer.parseInt(pos.get(0));
        } catch (NumberFormatException e) {
            usage("N must be a number");
            return;
        }
        if (n < 1) usage("N must be at least 1");
        Path out = Path.of(pos.get(1));
        if (Files.exists(out) && Files.list(out).findAny().isPresent()) usage(out + " exists and is not empty");
        long t0 = System.nanoTime();
        GenerateCorpus g = new GenerateCorpus(n);
        long words = 0, notes = 0;
        for (Doc d : g.docs) {
            g.writeBody(d);
            words += wordCount(d.body);
            notes += d.footnotes;
        }
        g.writeHub(out);
        String hugoDir = null;
        if (hugo) {
            Path h = Path.of(out.toString().replaceAll("/+$", "") + "-hugo");
            if (Files.exists(h) && Files.list(h).findAny().isPresent()) usage(h + " exists and is not empty");
            g.writeHugo(h);
            hugoDir = h.toString();
        }
        System.err.printf(Locale.ROOT, "wrote %d documents (%d words, %d footnotes, %d with aliases) to %s%s in %.1f s%n",
                n, words, notes, g.aliased.size(), out, hugoDir == null ? "" : " and " + hugoDir,
                (System.nanoTime() - t0) / 1e9);
    }

    static void usage(String err) {
        if (err != null) System.err.println("GenerateCorpus: " + err);
        System.err.println("usage: java bench/GenerateCorpus.java N OUTDIR [--hugo]");
        System.exit(2);
    }
}
