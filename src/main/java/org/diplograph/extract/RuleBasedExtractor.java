package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.Contact;
import org.diplograph.model.ContactStatus;
import org.diplograph.model.ContactType;
import org.diplograph.model.Mention;
import org.diplograph.model.Participant;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Place;
import org.diplograph.model.Topic;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Lemmas;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.nlp.Word;
import org.diplograph.resolve.DateResolver;
import org.diplograph.resolve.DateRules;
import org.diplograph.resolve.DocumentPeople;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.Names;
import org.diplograph.resolve.PersonMention;
import org.diplograph.resolve.PlaceFinder;
import org.diplograph.resolve.PlaceMention;
import org.diplograph.resolve.TimeExpression;
import org.diplograph.resolve.TitleMatch;
import org.diplograph.resolve.TitleRules;
import org.diplograph.resolve.TopicFinder;

/**
 * The rule-based extractor: finds the contacts a French article reports.
 *
 * <p>Per sentence: trigger words (Semgrex rules), the persons they involve (dependency tree,
 * word order as fallback), the status (cue words, tense), the date (TokensRegex rules normalised
 * against the publication date), the place and the topics. Per document: names, titles and
 * anaphors resolved to canonical persons with the gazetteer at the document's date; the summits
 * behind "en marge du sommet"; and mentions of the same event merged into one contact.
 *
 * <p>A pure function: all state lives in one call of {@link #extract}, the rules are immutable,
 * and one instance serves every thread.
 */
public final class RuleBasedExtractor implements ContactExtractor {

  /** Verbs whose subject is the event they place: "la rencontre aura lieu à Genève". */
  private static final Set<String> LIGHT_VERBS = Set.of("avoir", "tenir", "dérouler", "prévoir",
      "organiser", "passer", "être");
  /**
   * Triggers that say two persons talked without saying how: such a "meeting" is the call the
   * document calls "appel" or "entretien téléphonique" elsewhere.
   */
  private static final Set<String> TALK = Set.of("entretenir", "entretien", "entretiens", "discuter",
      "échanger", "échange", "échanges", "parler", "conversation", "conversations", "discussion",
      "discussions", "dialoguer", "converser");
  /** Lemmas of triggers that gather several parties at once: their objects are one meeting. */
  private static final Set<String> GATHERING = Set.of("réunir", "réunion", "réunions", "sommet",
      "sommets", "pourparlers", "mini-sommet");
  /** Words that make each coordinated counterpart a separate meeting. */
  private static final Pattern ONE_BY_ONE = Pattern.compile(
      "\\b(bilaterale?s?|tour a tour|separement|successivement|tete a tete)\\b");
  private static final Pattern PHONE = Pattern.compile(
      "(?i)t[ée]l[ée]phon\\w*|visioconf\\w*|vid[ée]oconf\\w*|visio|virtuel\\w*");
  /** A summit's gathering: "du G20", "de l'OTAN", "Union européenne-Afrique", "extraordinaire". */
  private static final Pattern MULTILATERAL = Pattern.compile("\\b(g ?[0-9]{1,2}|groupe des \\w+|otan|"
      + "nato|ue|union europeenne|union africaine|ua|apec|asean|anase|brics|cedeao|ceeac|sadc|"
      + "commonwealth|francophonie|onu|nations unies|ligue arabe|ocs|opep|osce|cooperation economique"
      + "|europeen|africain|arabe|international|extraordinaire|mini|multilateral|conseil europeen|"
      + "assemblee generale|cop ?[0-9]+|ue afrique|chefs d etat)\\b");
  private static final Pattern SIDELINES = Pattern.compile("\\b(en marge d|lors d|dans le cadre d|"
      + "au cours d|sur le lieu d|a l occasion d|pendant l)\\w*\\s+(?:l |le |la |les )?(sommet|g ?[0-9]{1,2}\\b)");

  private final Gazetteer gazetteer;
  private final Lemmas lemmas;
  private final MentionFinder mentionFinder;
  private final TriggerRules triggers;
  private final StatusRules statusRules;
  private final DateRules dateRules;
  private final PlaceFinder placeFinder;
  private final TopicFinder topicFinder;
  private final Vetoes vetoes;

  private RuleBasedExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lemmas = Lemmas.standard();
    this.mentionFinder = new MentionFinder(gazetteer, TitleRules.load(gazetteer));
    this.triggers = TriggerRules.load();
    this.statusRules = StatusRules.load(lemmas);
    this.dateRules = DateRules.load();
    this.placeFinder = new PlaceFinder(gazetteer);
    this.topicFinder = new TopicFinder(gazetteer);
    this.vetoes = Vetoes.load();
  }

  /** The extractor with the bundled rules and gazetteer (loaded once per process). */
  public static RuleBasedExtractor standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final RuleBasedExtractor STANDARD = new RuleBasedExtractor(Gazetteer.standard());
  }

  /** A sentence and what the rules found in it. */
  private record Analysed(Sentence sentence, SentenceGraph graph, Tree tree,
      List<PersonMention> mentions, List<TriggerRules.Trigger> triggers,
      List<TimeExpression> times, List<PlaceMention> places, String key) {
  }

  @Override
  public List<Contact> extract(AnnotatedDocument doc) {
    return extract(doc, line -> { });
  }

  /**
   * Extracts, telling {@code trace} what each sentence held and what each trigger gave: for
   * developing rules ("why was this contact missed?").
   */
  public List<Contact> extract(AnnotatedDocument doc, java.util.function.Consumer<String> trace) {
    List<Analysed> sentences = analyse(doc);
    List<PersonMention> allMentions = new ArrayList<>();
    StringBuilder docKey = new StringBuilder();
    for (Analysed a : sentences) {
      allMentions.addAll(a.mentions());
      docKey.append(a.key()).append(' ');
    }
    PartialDate published = doc.document().published();
    PartialDate anchor = published != null ? published : statedYear(sentences);
    DocumentPeople people = new DocumentPeople(gazetteer, doc.document().id(), allMentions, published);
    Context ctx = new Context(people);
    ctx.trace = trace;
    List<Draft> drafts = new ArrayList<>();
    List<Frame> frames = new ArrayList<>();
    for (Analysed a : sentences) {
      int before = drafts.size();
      trace.accept("S" + a.sentence().index() + ": " + a.sentence().text());
      for (PersonMention m : a.mentions()) {
        trace.accept("   person " + m.kind() + " " + m.start() + "-" + m.end() + " "
            + (m.name() != null ? m.name() : "") + (m.title() != null ? " [" + m.title().text() + " " + m.title().kinds() + " " + m.title().country() + "]" : "")
            + (m.plural() ? " plural" : ""));
      }
      for (TimeExpression e : a.times()) {
        trace.accept("   time " + e.kind() + " " + e.text());
      }
      for (PlaceMention p : a.places()) {
        trace.accept("   place " + p.label() + " (" + p.marker() + ")");
      }
      for (TriggerRules.Trigger trigger : a.triggers()) {
        String lemma = a.graph().tokens().get(trigger.index() - 1).lemma();
        String veto = vetoes.veto(lemma, a.key(), docKey.toString());
        if (veto != null) {
          trace.accept("   trigger " + lemma + " vetoed by " + veto);
          continue;
        }
        drafts.addAll(draftsOf(a, trigger, ctx, anchor, published, drafts));
      }
      Frame frame = frame(a, ctx, anchor);
      frames.add(frame);
      if (drafts.size() == before && !drafts.isEmpty()) {
        // "Les deux Présidents ont en outre évoqué ...", or the sentence right after the contact:
        // what the last contact was about
        Draft last = drafts.get(drafts.size() - 1);
        int lastSentence = last.evidence.stream().mapToInt(Draft.Evidence::sentence).max().orElse(-1);
        if (frame.plural() || lastSentence == a.sentence().index() - 1) {
          last.topics.addAll(topicFinder.find(a.sentence()));
        }
      }
      ctx.afterSentence(a);
    }
    for (Draft d : drafts) {
      // "Il a été reçu au Palais du peuple par Xi et doit ensuite s'entretenir avec Li Keqiang"
      if (d.place == null && d.type != ContactType.CALL) {
        for (Draft o : drafts) {
          if (o != d && o.sentence == d.sentence && o.place != null && o.type != ContactType.CALL
              && o.participants.stream().anyMatch(p -> d.hasActor(p.actor().id()))) {
            d.place = o.place;
            break;
          }
        }
      }
    }
    addSidelineSummits(sentences, drafts, anchor, published);
    List<Draft> merged = merge(drafts);
    completeFromFrames(merged, frames);
    for (Draft d : merged) {
      if (d.certainty != StatusRules.Certainty.CUE && d.date != null && published != null) {
        d.status = statusFromDate(d.status, d.date, published);
      }
    }
    settleSummitStatus(merged, published);
    dropVisitsCoveredByMeetings(merged);
    return build(doc, sentences, merged);
  }

  /** Each sentence with what the rules find in it. */
  private List<Analysed> analyse(AnnotatedDocument doc) {
    List<Analysed> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceGraph g = SentenceGraph.of(s, lemmas);
      sentences.add(new Analysed(s, g, new Tree(s), mentionFinder.find(g), triggers.find(g),
          dateRules.find(g), placeFinder.find(s), Names.key(s.text())));
    }
    return sentences;
  }

  /**
   * A trigger as the trigger, veto and status rules see it, before arguments and merging.
   *
   * @param sentence 0-based index of its sentence
   * @param word     the trigger word as written
   * @param status   the status its clause gives, or {@code null} when negated, habitual or urged
   */
  record FiredTrigger(int sentence, String word, ContactType type, ContactStatus status, String rule) {
  }

  /** The triggers of a document that no veto stops, in order (for testing the rules stage by stage). */
  List<FiredTrigger> firedTriggers(AnnotatedDocument doc) {
    List<Analysed> sentences = analyse(doc);
    String docKey = String.join(" ", sentences.stream().map(Analysed::key).toList()) + " ";
    List<FiredTrigger> out = new ArrayList<>();
    for (Analysed a : sentences) {
      for (TriggerRules.Trigger trigger : a.triggers()) {
        String lemma = a.graph().tokens().get(trigger.index() - 1).lemma();
        if (vetoes.veto(lemma, a.key(), docKey) != null) {
          continue;
        }
        StatusRules.Verdict verdict = statusRules.judge(a.graph(), a.tree(), trigger.index());
        out.add(new FiredTrigger(a.sentence().index(), a.tree().word(trigger.index()).form(),
            trigger.type(), verdict.negated() ? null : verdict.status(), trigger.rule()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // One trigger

  private List<Draft> draftsOf(Analysed a, TriggerRules.Trigger trigger, Context ctx,
      PartialDate anchor, PartialDate published, List<Draft> earlier) {
    Tree t = a.tree();
    int ti = trigger.index();
    Arguments.Found args = Arguments.of(t, ti, a.mentions());
    StatusRules.Verdict verdict = statusRules.judge(a.graph(), t, ti);
    if (verdict.negated()) {
      return List.of();
    }
    // names first: a role such as "son homologue américain" is resolved against them
    List<Participant> named = new ArrayList<>();
    for (PersonMention m : args.agents()) {
      if (m.kind() == PersonMention.Kind.NAME) {
        named.addAll(ctx.resolve(m, a, List.of()));
      }
    }
    List<Participant> agents = new ArrayList<>();
    for (PersonMention m : args.agents()) {
      agents.addAll(m.kind() == PersonMention.Kind.NAME ? ctx.resolve(m, a, List.of())
          : ctx.resolve(m, a, named));
    }
    if (agents.isEmpty() && args.possessive()) {
      agents.addAll(ctx.clauseSubject(a));
    }
    if (agents.isEmpty() && !args.partners().isEmpty() && !t.upos(ti).equals("VERB")
        && t.marker(ti).matches("(après|avant|lors|au cours|pendant).*")) {
      // "Après un déjeuner privé avec le président italien Sergio Mattarel": the person the
      // text is about
      agents.addAll(ctx.lastSubjects);
    }
    List<Participant> partners = new ArrayList<>();
    for (PersonMention m : args.partners()) {
      partners.addAll(ctx.resolve(m, a, agents));
    }
    if (args.theirs() && agents.size() + partners.size() < 2) {
      List<Participant> pair = new ArrayList<>(ctx.lastPair());
      if (pair.isEmpty()) {
        // "Le président américain n'avait pas souhaité s'entretenir avec le Premier ministre
        // israélien depuis leurs rencontres": the two persons of the sentence
        for (PersonMention m : a.mentions()) {
          if (m.start() < ti && m.kind() != PersonMention.Kind.ANAPHOR) {
            pair.addAll(ctx.resolve(m, a, pair));
          }
        }
      }
      agents.addAll(pair);
    }
    if (trigger.type() == ContactType.VISIT && partners.isEmpty()) {
      // "Erdogan se rendra au Caire, à l'invitation du président égyptien": the host receives him
      for (int c : t.children(ti)) {
        if (t.lower(c).equals("invitation") && t.marker(c).startsWith("à")) {
          for (int n : t.children(c)) {
            if (t.baseRel(n).equals("nmod")) {
              for (PersonMention m : Arguments.spread(t, n, a.mentions())) {
                partners.addAll(ctx.resolve(m, a, agents));
              }
            }
          }
        }
      }
    }
    if (papal(t, ti)) {
      // "la troisième audience papale pour Emmanuel Macron": the pope, and who it was for
      ctx.people.byRole(new TitleMatch(ti, ti + 1, ti + 1, List.of("pope"), null, null, List.of(),
          "pape", "audience papale"), null, a.sentence().index(), ti).ifPresent(partners::add);
      for (int c : t.children(ti)) {
        if (t.marker(c).equals("pour")) {
          for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
            agents.addAll(ctx.resolve(m, a, List.of()));
          }
        }
      }
    }
    ctx.trace.accept("   trigger " + t.word(ti).form() + " " + trigger.type() + " agents=" + args.agents().size()
        + " partners=" + args.partners().size() + (args.possessive() ? " sa" : "") + (args.theirs() ? " leur" : "")
        + " -> " + agents.stream().map(Participant::displayName).toList() + " + "
        + partners.stream().map(Participant::displayName).toList() + " status=" + verdict);
    List<Participant> agentList = distinct(agents);
    agents = agentList;
    partners = distinct(partners);
    partners.removeIf(p -> agentList.stream().anyMatch(x -> x.actor().id().equals(p.actor().id())));

    ContactType type = trigger.type();
    String lemma = a.graph().tokens().get(ti - 1).lemma();
    if (type == ContactType.SUMMIT && insideSidelines(t, ti)) {
      ctx.trace.accept("   (summit named as the setting of a meeting: see its sidelines)");
      return List.of();
    }
    if (type == ContactType.SUMMIT && a.triggers().stream().anyMatch(o -> purposeSummit(t, o.index()) == ti)) {
      return List.of(); // the summit is what another trigger of the sentence is for
    }
    if (type == ContactType.MEETING && phoneCue(t, ti)) {
      type = ContactType.CALL;
    }
    String body = null;
    if (type == ContactType.SUMMIT) {
      body = multilateralBody(t, ti);
      int countries = countries(ctx.people, agents, partners);
      ctx.trace.accept("   summit body=" + body + ", countries " + countries);
      if (body == null && countries < 3) {
        type = ContactType.MEETING;
      }
    }
    if (type == ContactType.VISIT && !partners.isEmpty()) {
      type = ContactType.MEETING;
    }

    // anaphoric mention of an earlier contact: "cette rencontre", "la réunion de mardi"
    int needed = type == ContactType.MEETING || type == ContactType.CALL ? 2 : 1;
    if (agents.size() + partners.size() < needed) {
      DateResolver.Resolved own = dateFor(a, ti, anchor, verdict.status(), false);
      List<Participant> known = new ArrayList<>(agents);
      known.addAll(partners);
      Draft antecedent = anaphoricAntecedent(t, ti, type, lemma, own.date(), verdict, earlier, known);
      if (antecedent != null) {
        if (type == ContactType.CALL) {
          antecedent.type = ContactType.CALL; // "son appel", "le premier entretien téléphonique"
        }
        antecedent.evidence.add(new Draft.Evidence(a.sentence().index(), trigger.rule(), antecedent.status));
        if (antecedent.date == null) {
          antecedent.date = own.date();
        }
        antecedent.topics.addAll(topicFinder.find(a.sentence()));
        return List.of();
      }
      if (type != ContactType.SUMMIT || agents.isEmpty() && partners.isEmpty()) {
        return List.of();
      }
    }

    PlaceMention place = placeFor(a, ti, type);
    List<PlaceMention> stops = type == ContactType.VISIT ? tourStops(a, ti, place) : List.of();
    if (type == ContactType.VISIT && stops.size() > 1) {
      return tour(a, trigger, ti, stops, agents, verdict, anchor, published, ctx);
    }
    boolean genitive = args.agents().stream().anyMatch(m -> t.head(m.head()) == ti);
    if (type == ContactType.VISIT && (place == null && !genitive
        || place != null && place.country() && isRegion(place))) {
      // a visit goes to a country or city ("un voyage en Europe" is not one), unless the text
      // names the visitor: "la visite du chef de la diplomatie sénégalaise a été annulée"
      return List.of();
    }
    DateResolver.Resolved when = dateFor(a, ti, anchor, verdict.status());
    ContactStatus status = verdict.status();
    StatusRules.Certainty certainty = verdict.certainty();
    if (certainty != StatusRules.Certainty.CUE && when.date() != null && published != null) {
      status = statusFromDate(status, when.date(), published);
    }

    boolean forSummit = purposeSummit(t, ti) > 0;
    if (forSummit && countries(ctx.people, agents, partners) >= 3) {
      type = ContactType.SUMMIT; // "il retrouverait les présidents X et Y pour un nouveau sommet"
    }
    List<List<Participant>> groups = agents.isEmpty() || forSummit ? List.of(partners)
        : split(ctx.people, lemma, a.key(), type, partners);
    List<Draft> out = new ArrayList<>();
    for (List<Participant> group : groups) {
      Draft d = new Draft(type, a.sentence().index(), ti);
      agents.forEach(d::addParticipant);
      group.forEach(d::addParticipant);
      if (d.participants.size() < needed || d.participants.stream().noneMatch(ctx.people::isOfficial)) {
        continue;
      }
      d.place = place;
      d.hasPlaceOfItsOwn = place != null;
      d.date = when.date();
      d.endDate = when.endDate();
      d.status = status;
      d.certainty = certainty;
      d.body = body;
      d.topics.addAll(topicFinder.find(a.sentence()));
      d.evidence.add(new Draft.Evidence(a.sentence().index(), trigger.rule(), status));
      d.lemmas.add(lemma);
      d.confidence = confidence(args, d, t, ti);
      out.add(d);
    }
    if (!out.isEmpty()) {
      ctx.lastContact = out.get(0).participants;
      out.addAll(earlierOnes(a, out.get(0), anchor));
    }
    return out;
  }

  /**
   * "le quatrième entre les deux leaders après ceux du 16 janvier, du 25 mars et du 25 avril":
   * the earlier contacts a pronoun lists by their dates, one contact each.
   */
  private static List<Draft> earlierOnes(Analysed a, Draft model, PartialDate anchor) {
    Tree t = a.tree();
    List<Draft> out = new ArrayList<>();
    for (int i = 1; i <= t.size(); i++) {
      String w = t.lower(i);
      if (!(w.equals("ceux") || w.equals("celles") || w.equals("celui") || w.equals("celle"))) {
        continue;
      }
      int last = i + 1;
      for (TimeExpression e : a.times()) {
        if (e.start() < last) {
          continue;
        }
        boolean linked = true;
        for (int k = last; k < e.start(); k++) {
          String x = t.lower(k);
          linked &= x.equals(",") || x.equals("et") || x.equals("de") || x.equals("du")
              || x.equals("des") || x.equals("le") || x.equals("les") || x.equals("d'");
        }
        if (!linked) {
          break;
        }
        DateResolver.resolve(e, anchor, DateResolver.Direction.PAST).ifPresent(r -> {
          Draft d = new Draft(model.type, model.sentence, model.trigger);
          model.participants.forEach(d::addParticipant);
          d.date = r.date();
          d.status = ContactStatus.HELD;
          d.certainty = StatusRules.Certainty.TENSE;
          d.lemmas.addAll(model.lemmas);
          d.evidence.add(new Draft.Evidence(model.sentence, "earlier-ones", ContactStatus.HELD));
          d.confidence = 0.5;
          out.add(d);
        });
        last = e.end();
      }
    }
    return out;
  }

  private boolean isRegion(PlaceMention p) {
    return gazetteer.countryNamed(p.label()).isEmpty();
  }

  private static boolean papal(Tree t, int trigger) {
    return t.children(trigger).stream().anyMatch(c -> t.lower(c).matches("papale|pontificale"));
  }

  /** The "sommet" a trigger is for ("retrouver ... pour un nouveau sommet"), or 0. */
  private static int purposeSummit(Tree t, int trigger) {
    for (int c : t.children(trigger)) {
      if ((t.baseRel(c).equals("obl") || t.baseRel(c).equals("advcl")) && t.marker(c).equals("pour")
          && Names.key(t.word(c).form()).startsWith("sommet")) {
        return c;
      }
    }
    return 0;
  }

  /** "en marge du sommet", "lors du sommet", "dans le cadre du sommet": the summit frames a meeting. */
  private static boolean insideSidelines(Tree t, int trigger) {
    Sentence s = t.sentence();
    int from = t.word(Math.max(1, trigger - 6)).begin() - s.begin();
    int to = t.word(trigger).begin() - s.begin();
    String before = s.text().substring(Math.max(0, from), Math.max(0, to));
    return Pattern.compile("\\b(en marge d|lors d|dans le cadre d|au cours d|sur le lieu d|a l occasion d)")
        .matcher(Names.key(before)).find();
  }

  /**
   * The stops of a tour: the place of a visit and the places coordinated with it ("au Sénégal,
   * en Gambie, en Algérie et sans doute au Maroc"), or listed after it ("dans trois pays, à savoir
   * l'Afrique du Sud, l'Algérie et l'Ouganda").
   */
  private static List<PlaceMention> tourStops(Analysed a, int trigger, PlaceMention first) {
    Tree t = a.tree();
    List<PlaceMention> stops = new ArrayList<>();
    List<PlaceMention> after = a.places().stream().filter(p -> p.start() > trigger).toList();
    PlaceMention start = first;
    if (start == null) {
      return stops;
    }
    stops.add(start);
    int last = start.end();
    for (PlaceMention p : after) {
      if (p.start() < last || stops.contains(p)) {
        continue;
      }
      // only commas, "et", prepositions and hedges between this stop and the previous one
      boolean listed = true;
      for (int i = last; i < p.start(); i++) {
        if (insideTime(a, i)) {
          continue; // "en Arabie saoudite mardi, puis en Égypte mercredi"
        }
        String w = Names.key(t.word(i).form());
        if (!(w.equals(",") || w.equals("et") || w.equals("puis") || w.equals("en") || w.equals("au")
            || w.equals("aux") || w.equals("a") || w.equals("le") || w.equals("la") || w.equals("les")
            || w.equals("l") || w.equals("sans") || w.equals("doute") || w.equals("peut etre")
            || w.equals("eventuellement") || w.equals("probablement") || w.equals("ainsi qu")
            || w.equals("ainsi") || w.equals("qu") || w.equals("que"))) {
          listed = false;
          break;
        }
      }
      if (!listed || !p.country() && !p.known()) {
        break;
      }
      stops.add(p);
      last = p.end();
    }
    return stops;
  }

  /** One visit per stop of a tour; a stop under "sans doute" or "peut-être" is only proposed. */
  private List<Draft> tour(Analysed a, TriggerRules.Trigger trigger, int ti, List<PlaceMention> stops,
      List<Participant> visitors, StatusRules.Verdict verdict, PartialDate anchor,
      PartialDate published, Context ctx) {
    List<Draft> out = new ArrayList<>();
    if (visitors.isEmpty() || visitors.stream().noneMatch(ctx.people::isOfficial)) {
      return out;
    }
    DateResolver.Resolved when = dateFor(a, ti, anchor, verdict.status());
    DateResolver.Direction dir = verdict.status() == ContactStatus.PLANNED
        || verdict.status() == ContactStatus.PROPOSED ? DateResolver.Direction.FUTURE
        : DateResolver.Direction.PAST;
    for (int s = 0; s < stops.size(); s++) {
      PlaceMention stop = stops.get(s);
      Draft d = new Draft(ContactType.VISIT, a.sentence().index(), ti);
      visitors.forEach(d::addParticipant);
      d.place = stop;
      d.hasPlaceOfItsOwn = true;
      d.date = when.date();
      d.endDate = when.endDate();
      // a date right after a stop is that stop's: "en Arabie saoudite mardi, puis en Égypte mercredi"
      int next = s + 1 < stops.size() ? stops.get(s + 1).start() : Integer.MAX_VALUE;
      for (TimeExpression e : a.times()) {
        if (e.start() >= stop.end() && e.start() <= stop.end() + 1 && e.start() < next) {
          Optional<DateResolver.Resolved> own = DateResolver.resolve(e, anchor, dir);
          if (own.isPresent() && own.get().date() != null) {
            d.date = own.get().date();
            d.endDate = own.get().endDate();
          }
        }
      }
      boolean hedged = false;
      for (int i = Math.max(1, stop.start() - 4); i < stop.start(); i++) {
        String w = Names.key(a.tree().word(i).form());
        hedged |= w.equals("doute") || w.equals("peut etre") || w.equals("eventuellement")
            || w.equals("probablement");
      }
      d.status = hedged && verdict.status() != ContactStatus.CANCELLED ? ContactStatus.PROPOSED
          : verdict.status();
      d.certainty = verdict.certainty();
      d.evidence.add(new Draft.Evidence(a.sentence().index(), trigger.rule(), d.status));
      d.lemmas.add(a.graph().tokens().get(ti - 1).lemma());
      d.confidence = 0.6;
      out.add(d);
    }
    return out;
  }

  /** Coordinated counterparts: one meeting per country, one call per person, one gathering whole. */
  private static List<List<Participant>> split(DocumentPeople people, String lemma, String sentenceKey,
      ContactType type, List<Participant> partners) {
    if (partners.size() <= 1 || GATHERING.contains(lemma) || type == ContactType.SUMMIT) {
      return List.of(partners);
    }
    boolean oneByOne = type == ContactType.CALL || ONE_BY_ONE.matcher(sentenceKey).find();
    Map<String, List<Participant>> groups = new LinkedHashMap<>();
    for (Participant p : partners) {
      String country = people.countryOf(p);
      String key = oneByOne || country == null ? p.actor().id() : country;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    return new ArrayList<>(groups.values());
  }

  private static int countries(DocumentPeople people, List<Participant> a, List<Participant> b) {
    Set<String> countries = new HashSet<>();
    for (Participant p : a) {
      countries.add(String.valueOf(people.countryOf(p)));
    }
    for (Participant p : b) {
      countries.add(String.valueOf(people.countryOf(p)));
    }
    return countries.size();
  }

  private static List<Participant> distinct(List<Participant> ps) {
    Map<String, Participant> byId = new LinkedHashMap<>();
    for (Participant p : ps) {
      byId.putIfAbsent(p.actor().id(), p);
    }
    return new ArrayList<>(byId.values());
  }

  /** A phone or video word on the trigger or next to it: "entretien téléphonique", "au téléphone". */
  private static boolean phoneCue(Tree t, int trigger) {
    List<Integer> near = new ArrayList<>(t.children(trigger));
    int head = t.head(trigger);
    if (head > 0 && !t.upos(trigger).equals("VERB")) {
      near.addAll(t.children(head));
      near.add(head);
    }
    for (int c : near) {
      if (c != trigger && PHONE.matcher(t.word(c).form()).matches()) {
        return true;
      }
      for (int g : t.children(c)) {
        if (PHONE.matcher(t.word(g).form()).matches() && t.baseRel(g).equals("amod")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The multilateral body of a "sommet" (its modifiers), or null for a bilateral one. */
  private static String multilateralBody(Tree t, int trigger) {
    StringBuilder sb = new StringBuilder();
    List<Integer> words = new ArrayList<>(t.subtree(trigger));
    words.sort(null); // in text order: "( G 7 )", not in tree order
    for (int i : words) {
      if (i != trigger && Math.abs(i - trigger) <= 10) {
        sb.append(t.word(i).form()).append(' ');
      }
    }
    // the words right after "sommet" even when the parse attached them elsewhere
    for (int i = trigger + 1; i <= Math.min(t.size(), trigger + 6); i++) {
      sb.append(t.word(i).form()).append(' ');
    }
    var m = MULTILATERAL.matcher(Names.key(sb.toString()));
    return m.find() ? normalBody(m.group(1)) : null;
  }

  /**
   * The earlier draft a participant-less "cette rencontre", "la réunion de mardi", "ce sommet"
   * refers to: the latest one of a compatible type and date, preferring one stated with the same
   * word, and a held one when the mention is in the past tense.
   */
  private static Draft anaphoricAntecedent(Tree t, int trigger, ContactType type, String lemma,
      PartialDate date, StatusRules.Verdict verdict, List<Draft> earlier, List<Participant> known) {
    boolean definite = false;
    for (int c : t.children(trigger)) {
      String w = t.lower(c);
      if (t.baseRel(c).equals("det") && (w.equals("ce") || w.equals("cet") || w.equals("cette")
          || w.equals("la") || w.equals("le") || w.equals("l'") || w.equals("leur")
          || w.equals("ces") || w.equals("les"))) {
        definite = true;
      }
    }
    if (!definite) {
      return null;
    }
    Draft fallback = null;
    Draft sameType = null;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft d = earlier.get(i);
      boolean typeOk = d.type == type || (type == ContactType.MEETING || type == ContactType.SUMMIT)
          && (d.type == ContactType.MEETING || d.type == ContactType.SUMMIT)
          || type == ContactType.CALL && d.type == ContactType.MEETING && isTalkOnly(d);
      if (!typeOk || !compatibleDates(d.date, date)
          || known.stream().anyMatch(p -> !d.hasActor(p.actor().id()))) {
        continue;
      }
      boolean pastMention = verdict.certainty() == StatusRules.Certainty.TENSE
          && verdict.status() == ContactStatus.HELD;
      if (pastMention && (d.status == ContactStatus.PLANNED || d.status == ContactStatus.PROPOSED)
          && date != null) {
        continue;
      }
      if (d.lemmas.contains(lemma)) {
        return d;
      }
      if (sameType == null && d.type == type) {
        sameType = d;
      }
      if (fallback == null) {
        fallback = d;
      }
    }
    return sameType != null ? sameType : fallback;
  }

  private static double confidence(Arguments.Found args, Draft d, Tree t, int trigger) {
    double c = t.upos(trigger).equals("VERB") ? 0.75 : 0.65;
    if (!args.agents().isEmpty() && !args.partners().isEmpty()) {
      c += 0.1;
    }
    if (d.place != null) {
      c += 0.05;
    }
    return Math.min(0.95, c);
  }

  // ---------------------------------------------------------------------------------------
  // Place, date, status

  /**
   * The place put on the trigger ("à Genève", "en Islande"), preferring a city to a country: a
   * locative place that hangs from the trigger or from the verb it depends on, or from one of its
   * participants ("rencontrer M. Poutine à Genève", parsed with the place on the name).
   */
  private static PlaceMention placeFor(Analysed a, int trigger, ContactType type) {
    Tree t = a.tree();
    Set<Integer> holders = new HashSet<>();
    holders.add(trigger);
    int head = t.head(trigger);
    if (head > 0 && (!t.baseRel(trigger).equals("nsubj") || t.rel(trigger).equals("nsubj:pass")
        || LIGHT_VERBS.contains(a.graph().tokens().get(head - 1).lemma()))) {
      holders.add(head);
    }
    for (int c : t.children(trigger)) {
      String r = t.baseRel(c);
      if ((r.equals("obj") || r.equals("nmod") || r.equals("obl") || r.equals("appos"))
          && (a.mentions().stream().anyMatch(m -> m.covers(c))
              || a.triggers().stream().anyMatch(o -> o.index() == c))) {
        // "rencontrer M. Poutine à Genève" (the place parsed on the name), "se rencontreront
        // pour leur premier sommet le 16 juin à Genève" (on another word for the same event)
        holders.add(c);
      }
    }
    List<PlaceMention> attached = new ArrayList<>();
    for (PlaceMention p : a.places()) {
      if (!p.locative()) {
        continue;
      }
      for (int i = p.start(); i < p.end(); i++) {
        int h = t.head(i);
        String r = t.baseRel(i);
        // "leurs rencontres du mois d'août 2021 à Washington": the place parsed on the date
        for (int step = 0; step < 3 && insideTime(a, h); step++) {
          h = t.head(h);
        }
        if ((r.equals("obl") || r.equals("nmod") || r.equals("conj") || r.equals("appos"))
            && holders.contains(h)) {
          attached.add(p);
          break;
        }
      }
    }
    for (PlaceMention p : attached) {
      if (!p.country()) {
        return p;
      }
    }
    return attached.isEmpty() ? null : attached.get(0);
  }

  private static boolean insideTime(Analysed a, int word) {
    return a.times().stream().anyMatch(e -> e.start() <= word && word < e.end());
  }

  /** The date put on the trigger, normalised against the anchor in the status's direction. */
  private static DateResolver.Resolved dateFor(Analysed a, int trigger, PartialDate anchor,
      ContactStatus status) {
    return dateFor(a, trigger, anchor, status, true);
  }

  /**
   * @param nearest also take the nearest expression of the sentence when none hangs from the
   *                trigger (not for "la réunion" that refers back: only "la réunion de mardi")
   */
  private static DateResolver.Resolved dateFor(Analysed a, int trigger, PartialDate anchor,
      ContactStatus status, boolean nearest) {
    TimeExpression best = null;
    Tree t = a.tree();
    Set<Integer> near = new HashSet<>();
    near.add(trigger);
    near.addAll(t.children(trigger));
    int head = t.head(trigger);
    if (head > 0) {
      near.add(head);
      near.addAll(t.children(head));
      int head2 = t.head(head);
      if (head2 > 0 && !t.upos(trigger).equals("VERB") && t.upos(head).equals("NOUN")) {
        near.addAll(t.children(head2)); // "la tenue d'un tête-à-tête ... le 7 juillet"
      }
    }
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression e : a.times()) {
      if (!startingPoint(a, e)) {
        times.add(e);
      }
    }
    for (TimeExpression e : times) {
      for (int i = e.start(); i < e.end(); i++) {
        if (near.contains(i) || near.contains(t.head(i))) {
          best = e;
          break;
        }
      }
      if (best != null) {
        break;
      }
    }
    if (best == null && nearest && !times.isEmpty()) {
      int bestDistance = Integer.MAX_VALUE;
      for (TimeExpression e : times) {
        if (belongsToOtherTrigger(a, e, trigger) || datesAStatement(a, e)) {
          continue;
        }
        int d = Math.min(Math.abs(e.start() - trigger), Math.abs(e.end() - 1 - trigger));
        if (d < bestDistance) {
          bestDistance = d;
          best = e;
        }
      }
    }
    if (best == null) {
      return new DateResolver.Resolved(null, null);
    }
    DateResolver.Direction dir = status == ContactStatus.PLANNED || status == ContactStatus.PROPOSED
        ? DateResolver.Direction.FUTURE : DateResolver.Direction.PAST;
    return DateResolver.resolve(best, anchor, dir).orElse(new DateResolver.Resolved(null, null));
  }

  /** Verbs of saying: a time on them dates the statement, not the contact it reports. */
  private static final Set<String> SAYING = Set.of("déclarer", "annoncer", "indiquer", "dire",
      "affirmer", "confirmer", "expliquer", "préciser", "souligner", "ajouter", "estimer", "assurer",
      "rapporter", "savoir", "rappeler", "noter", "répéter", "prononcer", "exprimer", "écrire");

  /** "Biden avait déclaré plus tôt dans le mois que ...": the time of the statement. */
  private static boolean datesAStatement(Analysed a, TimeExpression e) {
    Tree t = a.tree();
    for (int i = e.start(); i < e.end(); i++) {
      int h = t.head(i);
      if (h > 0 && (i == e.start() || t.head(i) < e.start() || t.head(i) >= e.end())
          && SAYING.contains(a.graph().tokens().get(h - 1).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "depuis sa prise de fonctions le 1er février", "dès 2013": a starting point, not a date. */
  private static boolean startingPoint(Analysed a, TimeExpression e) {
    Tree t = a.tree();
    boolean after = false;
    for (int i = Math.max(1, e.start() - 6); i < e.start(); i++) {
      String w = t.lower(i);
      if (w.equals("depuis") || w.equals("jusqu'à") || w.equals("jusqu'au")) {
        after = true;
      }
      int word = i;
      if (after && a.triggers().stream().anyMatch(x -> x.index() == word)) {
        after = false; // "depuis leurs rencontres du mois d'août 2021": the date of the contact
      }
    }
    return after;
  }

  /** A time expression hanging from another trigger of the sentence ("sa conversation du 3 mai"). */
  private static boolean belongsToOtherTrigger(Analysed a, TimeExpression e, int trigger) {
    Tree t = a.tree();
    for (TriggerRules.Trigger other : a.triggers()) {
      if (other.index() == trigger || !t.upos(other.index()).equals("NOUN")) {
        continue;
      }
      for (int i = e.start(); i < e.end(); i++) {
        if (t.head(i) == other.index() || t.head(t.head(i)) == other.index() && t.head(i) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A status read from the tense alone yields to a date on the other side of publication. */
  private static ContactStatus statusFromDate(ContactStatus status, PartialDate date,
      PartialDate published) {
    if (status != ContactStatus.HELD && status != ContactStatus.PLANNED) {
      return status;
    }
    int cmp = compareKnown(date, published);
    if (cmp > 0) {
      return ContactStatus.PLANNED;
    }
    return status;
  }

  /** Compares two dates on the precision both have; 0 when they overlap or cannot be compared. */
  private static int compareKnown(PartialDate a, PartialDate b) {
    if (a.year() == null || b.year() == null) {
      return 0;
    }
    int c = Integer.compare(a.year(), b.year());
    if (c != 0 || a.month() == null || b.month() == null) {
      return c;
    }
    c = Integer.compare(a.month(), b.month());
    if (c != 0 || a.day() == null || b.day() == null) {
      return c;
    }
    return Integer.compare(a.day(), b.day());
  }

  /** Without a publication date, the year of the latest full date the document states. */
  private static PartialDate statedYear(List<Analysed> sentences) {
    Integer year = null;
    for (Analysed a : sentences) {
      for (TimeExpression e : a.times()) {
        if (e.part("year") != null && e.part("month") != null) {
          int y = Integer.parseInt(e.part("year"));
          year = year == null ? y : Math.max(year, y);
        }
      }
    }
    return year == null ? null : PartialDate.ofYear(year);
  }

  // ---------------------------------------------------------------------------------------
  // Where and when a sentence puts its subjects: "X et Y ont indiqué mardi à Sotchi que ..."

  /**
   * What a sentence says of its main clause: who its subjects are, and the place and time put on
   * its main verb.
   */
  private record Frame(List<String> subjects, PlaceMention place, PartialDate date, boolean plural) {
  }

  private Frame frame(Analysed a, Context ctx, PartialDate anchor) {
    Tree t = a.tree();
    int root = 0;
    for (int i = 1; i <= t.size(); i++) {
      if (t.head(i) == 0) {
        root = i;
        break;
      }
    }
    if (root == 0) {
      return new Frame(List.of(), null, null, false);
    }
    List<String> subjects = new ArrayList<>();
    boolean plural = false;
    for (int c : t.childrenWith(root, Set.of("nsubj", "nsubj:pass"))) {
      for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
        plural |= m.plural();
        if (m.kind() != PersonMention.Kind.ANAPHOR) {
          for (Participant p : ctx.resolve(m, a, List.of())) {
            subjects.add(p.actor().id());
          }
        }
      }
      String w = t.lower(c);
      plural |= w.equals("ils") || w.equals("elles");
    }
    PlaceMention place = null;
    for (PlaceMention p : a.places()) {
      for (int i = p.start(); i < p.end() && place == null; i++) {
        if (p.locative() && t.head(i) == root && t.baseRel(i).equals("obl")) {
          place = p;
        }
      }
    }
    PartialDate date = null;
    for (TimeExpression e : a.times()) {
      if (!e.kind().equals("WEEKDAY") && !e.kind().equals("RELATIVE_DAY")) {
        continue; // "mardi à Sotchi": the day of the news, not a date long past
      }
      for (int i = e.start(); i < e.end() && date == null; i++) {
        if (t.head(i) == root) {
          date = DateResolver.resolve(e, anchor, DateResolver.Direction.PAST)
              .map(DateResolver.Resolved::date).orElse(null);
        }
      }
    }
    return new Frame(subjects, place, date, plural);
  }

  /**
   * A held contact that its own sentences do not place or date takes the place and day of a
   * sentence whose subjects are its participants: "Poutine et Pompeo ont indiqué mardi à Sotchi".
   * Sentences naming more of its participants come first, then earlier ones.
   */
  private static void completeFromFrames(List<Draft> drafts, List<Frame> frames) {
    for (Draft d : drafts) {
      if (d.status != ContactStatus.HELD || d.type == ContactType.CALL
          || d.place != null && d.date != null) {
        continue;
      }
      Frame bestPlace = null;
      Frame bestDate = null;
      int placeCount = 0;
      int dateCount = 0;
      for (Frame f : frames) {
        int count = (int) f.subjects().stream().filter(d::hasActor).count();
        if (count == 0 || d.date != null && f.date() != null && !compatibleDates(d.date, f.date())) {
          continue;
        }
        if (f.place() != null && count > placeCount) {
          bestPlace = f;
          placeCount = count;
        }
        if (f.date() != null && count > dateCount) {
          bestDate = f;
          dateCount = count;
        }
      }
      if (d.place == null && bestPlace != null) {
        d.place = bestPlace.place();
      }
      if (d.date == null && bestDate != null) {
        d.date = bestDate.date();
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Summits behind "en marge du sommet du G20"

  private void addSidelineSummits(List<Analysed> sentences, List<Draft> drafts,
      PartialDate anchor, PartialDate published) {
    List<Draft> added = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.type != ContactType.MEETING) {
        continue;
      }
      Analysed a = sentences.get(d.sentence);
      var m = SIDELINES.matcher(a.key());
      if (!m.find()) {
        continue;
      }
      String body = summitBody(a.key().substring(m.start(2)));
      Draft summit = null;
      for (Draft s : drafts) {
        if (s.type == ContactType.SUMMIT && (s.sentence == d.sentence || sameBody(s.body, body))) {
          summit = s;
        }
      }
      for (Draft s : added) {
        if (sameBody(s.body, body)) {
          summit = s;
        }
      }
      if (summit == null) {
        summit = new Draft(ContactType.SUMMIT, d.sentence, d.trigger);
        summit.body = body;
        summit.place = d.place;
        summit.date = d.date;
        summit.endDate = d.endDate;
        // "du sommet du G20 qui se tiendra les 7 et 8 juillet à Hambourg": the summit's own words
        int word = summitWord(a);
        if (word > 0) {
          Set<Integer> phrase = new HashSet<>(a.tree().subtree(word));
          for (PlaceMention p : a.places()) {
            if (p.locative() && phrase.contains(p.start()) && (summit.place == null
                || summit.place.country() && !p.country() || !d.hasPlaceOfItsOwn)) {
              summit.place = p;
              break;
            }
          }
          for (TimeExpression e : a.times()) {
            if (phrase.contains(e.start())) {
              DateResolver.Direction dir = d.status == ContactStatus.HELD
                  ? DateResolver.Direction.PAST : DateResolver.Direction.FUTURE;
              var r = DateResolver.resolve(e, anchor, dir);
              if (r.isPresent()) {
                summit.date = r.get().date();
                summit.endDate = r.get().endDate();
              }
              break;
            }
          }
        }
        summit.status = d.status == ContactStatus.HELD ? ContactStatus.HELD : ContactStatus.PLANNED;
        summit.certainty = d.certainty;
        summit.evidence.add(new Draft.Evidence(d.sentence, "summit-sidelines", summit.status));
        summit.confidence = 0.6;
        added.add(summit);
      }
      for (Participant p : d.participants) {
        summit.addParticipant(p);
      }
      d.partOf = summit;
      if (summit.place == null) {
        summit.place = d.place;
      }
      if (d.place == null) {
        d.place = summit.place;
      }
      if (d.date == null && summit.date != null) {
        d.date = summit.date;
        d.endDate = summit.endDate;
      }
      // a bilateral on the sidelines of a multi-day summit: its day is not known
      if (summit.endDate != null && d.date != null && d.date.equals(summit.date)) {
        d.date = new PartialDate(d.date.year(), d.date.month(), null);
        d.endDate = null;
      }
    }
    drafts.addAll(added);
  }

  /** The word "sommet" (or "G20") that a sidelines phrase names, or 0. */
  private static int summitWord(Analysed a) {
    Tree t = a.tree();
    for (int i = 1; i <= t.size(); i++) {
      String w = Names.key(t.word(i).form());
      if (w.equals("sommet") || w.matches("g ?[0-9]{1,2}")) {
        return i;
      }
    }
    return 0;
  }

  private static String summitBody(String afterSommet) {
    var m = MULTILATERAL.matcher(afterSommet.length() > 80 ? afterSommet.substring(0, 80) : afterSommet);
    return m.find() ? normalBody(m.group(1)) : null;
  }

  /**
   * A summit found behind "en marge du sommet" takes its status from its date, else from its
   * meetings: held if one of them was held, planned otherwise (a summit is scheduled even when the
   * meeting on its sidelines is only wished for).
   */
  private static void settleSummitStatus(List<Draft> drafts, PartialDate published) {
    for (Draft s : drafts) {
      if (s.type != ContactType.SUMMIT || s.certainty == StatusRules.Certainty.CUE) {
        continue;
      }
      boolean anyHeld = false;
      boolean any = false;
      for (Draft m : drafts) {
        if (m.partOf == s) {
          any = true;
          anyHeld |= m.status == ContactStatus.HELD;
        }
      }
      if (s.date != null && published != null && compareKnown(s.date, published) > 0) {
        s.status = ContactStatus.PLANNED;
      } else if (any) {
        s.status = anyHeld ? ContactStatus.HELD : ContactStatus.PLANNED;
      }
    }
  }

  /** "groupe des huit" and "g 8" are the G8. */
  static String normalBody(String body) {
    if (body == null) {
      return null;
    }
    String b = body.replace(" ", "");
    return switch (b) {
      case "groupedessept" -> "g7";
      case "groupedeshuit" -> "g8";
      case "groupedesvingt" -> "g20";
      case "nato" -> "otan";
      case "anase" -> "asean";
      default -> b;
    };
  }

  private static boolean sameBody(String a, String b) {
    return a != null && b != null && a.replace(" ", "").equals(b.replace(" ", ""));
  }

  // ---------------------------------------------------------------------------------------
  // One contact per event

  private List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft into = null;
      for (Draft o : out) {
        if (sameEvent(o, d)) {
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(d);
      } else {
        absorb(into, d);
        for (Draft x : drafts) {
          if (x.partOf == d) {
            x.partOf = into;
          }
        }
      }
    }
    return out;
  }

  private boolean sameEvent(Draft a, Draft b) {
    if (a.type != b.type && !talkAndCall(a, b) && !talkAndCall(b, a)) {
      return false;
    }
    if (a.type == ContactType.SUMMIT && a.body != null && b.body != null && !sameBody(a.body, b.body)) {
      return false;
    }
    Set<String> x = new HashSet<>(a.actorIds());
    Set<String> y = new HashSet<>(b.actorIds());
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    boolean people = a.type == ContactType.SUMMIT ? !inter.isEmpty() || sameBody(a.body, b.body)
        : inter.size() == Math.min(x.size(), y.size()) && inter.size() >= (a.type == ContactType.VISIT ? 1 : 2);
    if (!people) {
      return false;
    }
    if (!compatibleDates(a.date, b.date)) {
      return false;
    }
    if (pastAndFuture(a, b) || pastAndFuture(b, a)) {
      return false; // "ils se sont rencontrés" and "ils se rencontreront": two meetings
    }
    if (a.place != null && b.place != null && a.place.known() && b.place.known()
        && !samePlace(a.place, b.place)) {
      return false; // a visit to Saudi Arabia and one to Egypt
    }
    return true;
  }

  private static boolean pastAndFuture(Draft held, Draft later) {
    return held.status == ContactStatus.HELD && held.certainty != StatusRules.Certainty.DEFAULT
        && (later.status == ContactStatus.PLANNED || later.status == ContactStatus.PROPOSED)
        && later.certainty != StatusRules.Certainty.DEFAULT;
  }

  /** A "meeting" found only through a verb of talking, and a call: the same exchange. */
  private static boolean talkAndCall(Draft talk, Draft call) {
    return talk.type == ContactType.MEETING && call.type == ContactType.CALL && isTalkOnly(talk);
  }

  private static boolean isTalkOnly(Draft d) {
    return !d.lemmas.isEmpty() && TALK.containsAll(d.lemmas) && !d.hasPlaceOfItsOwn;
  }

  static boolean compatibleDates(PartialDate a, PartialDate b) {
    if (a == null || b == null) {
      return true;
    }
    String x = a.toString();
    String y = b.toString();
    if (x.startsWith(y) || y.startsWith(x)) {
      return true;
    }
    // a month-day and a full date with the same month and day
    return (x.startsWith("--") && y.endsWith(x.substring(1))) || (y.startsWith("--") && x.endsWith(y.substring(1)));
  }

  private static void absorb(Draft into, Draft d) {
    if (into.type != d.type && (d.type == ContactType.CALL || into.type == ContactType.CALL)) {
      into.type = ContactType.CALL; // a talk that the document calls a phone call elsewhere
    }
    d.participants.forEach(into::addParticipant);
    if (into.place == null || into.place.country() && d.place != null && !d.place.country()) {
      into.place = d.place != null ? d.place : into.place;
    }
    if (into.date == null || d.date != null && d.date.toString().length() > into.date.toString().length()
        && d.date.toString().startsWith(into.date.toString())) {
      into.date = d.date != null ? d.date : into.date;
      into.endDate = d.endDate != null ? d.endDate : into.endDate;
    }
    if (d.certainty != null && (into.certainty == null || d.certainty.compareTo(into.certainty) > 0
        || d.certainty == into.certainty && definiteness(d.status) > definiteness(into.status))) {
      into.status = d.status;
      into.certainty = d.certainty;
    }
    for (Topic t : d.topics) {
      if (!into.topics.contains(t)) {
        into.topics.add(t);
      }
    }
    into.evidence.addAll(d.evidence);
    into.lemmas.addAll(d.lemmas);
    into.confidence = Math.min(0.95, Math.max(into.confidence, d.confidence) + 0.05);
    if (into.partOf == null) {
      into.partOf = d.partOf;
    }
    if (into.body == null) {
      into.body = d.body;
    }
  }

  /**
   * Between two statuses found with equal certainty in one document, the more definite wins: a
   * cancellation or a report that it took place over a plan, a plan over a wish.
   */
  private static int definiteness(ContactStatus s) {
    return s == null ? -1 : switch (s) {
      case PROPOSED -> 0;
      case PLANNED -> 1;
      case HELD -> 2;
      case CANCELLED -> 3;
    };
  }

  /** A visit whose visitor meets someone there is that meeting: the visit is not a contact of its own. */
  private void dropVisitsCoveredByMeetings(List<Draft> drafts) {
    drafts.removeIf(v -> {
      if (v.type != ContactType.VISIT) {
        return false;
      }
      for (Draft m : drafts) {
        if (m != v && (m.type == ContactType.MEETING || m.type == ContactType.SUMMIT)
            && m.participants.stream().anyMatch(p -> v.hasActor(p.actor().id()))
            && compatibleDates(m.date, v.date)
            && (m.sentence == v.sentence || m.evidence.stream().anyMatch(e -> e.sentence() == v.sentence)
                || m.place != null && v.place != null && samePlace(m.place, v.place))) {
          // "il se rendra en Arabie saoudite mardi ... Il doit s'entretenir avec le prince
          // héritier à Riyad": the meeting is on the day of the visit
          if (m.date == null && v.date != null) {
            m.date = v.date;
            m.endDate = null;
          }
          if (m.place == null && v.place != null) {
            m.place = v.place;
          }
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Whether two places can be the same: equal, or a city and a country it may lie in (the
   * gazetteer tells where a city it knows lies; of an unknown one nothing is ruled out).
   */
  private boolean samePlace(PlaceMention a, PlaceMention b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    if (a.country() == b.country()) {
      return false;
    }
    String countryOfA = gazetteer.place(a.id()).map(g -> g.country()).orElse(null);
    String countryOfB = gazetteer.place(b.id()).map(g -> g.country()).orElse(null);
    return countryOfA == null || countryOfB == null || countryOfA.equals(countryOfB);
  }

  // ---------------------------------------------------------------------------------------
  // Output

  private static List<Contact> build(AnnotatedDocument doc, List<Analysed> sentences, List<Draft> drafts) {
    Map<Draft, Contact> built = new LinkedHashMap<>();
    // summits first, so that meetings can point to them
    for (Draft d : drafts) {
      if (d.type == ContactType.SUMMIT) {
        built.put(d, contact(d, sentences, null));
      }
    }
    List<Contact> out = new ArrayList<>();
    for (Draft d : drafts) {
      Contact c = d.type == ContactType.SUMMIT ? built.get(d)
          : contact(d, sentences, d.partOf == null ? null : built.get(d.partOf));
      out.add(c);
    }
    return out;
  }

  private static Contact contact(Draft d, List<Analysed> sentences, Contact partOf) {
    List<Mention> mentions = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (Draft.Evidence e : d.evidence) {
      if (!seen.add(e.sentence())) {
        continue;
      }
      Sentence s = sentences.get(e.sentence()).sentence();
      mentions.add(new Mention(s.text(), s.begin(), s.end(), e.rule(), e.status()));
    }
    Place place = d.place == null ? null : new Place(d.place.id(), d.place.label());
    return new Contact(d.type, d.participants, place, d.date, d.endDate,
        d.status == null ? ContactStatus.HELD : d.status, dedupe(d.topics), mentions, d.confidence,
        partOf);
  }

  private static List<Topic> dedupe(List<Topic> topics) {
    Map<String, Topic> byId = new LinkedHashMap<>();
    for (Topic t : topics) {
      byId.putIfAbsent(t.id(), t);
    }
    return new ArrayList<>(byId.values());
  }

  // ---------------------------------------------------------------------------------------
  // Persons in context: anaphors, possessives

  /** The persons a document has named so far, for "ce dernier", "les deux présidents", "sa". */
  private static final class Context {
    final DocumentPeople people;
    java.util.function.Consumer<String> trace = line -> { };
    final List<Participant> recent = new ArrayList<>();
    List<Participant> lastContact = List.of();
    List<Participant> lastSubjects = List.of();

    Context(DocumentPeople people) {
      this.people = people;
    }

    List<Participant> resolve(PersonMention m, Analysed a, List<Participant> others) {
      switch (m.kind()) {
        case NAME:
          return people.isPerson(m) ? List.of(people.byName(m)) : List.of();
        case ROLE: {
          TitleMatch title = m.title();
          if (m.plural() && !title.moreCountries().isEmpty()) {
            List<Participant> out = new ArrayList<>();
            people.byRole(title, null).ifPresent(out::add);
            for (String c : title.moreCountries()) {
              people.byRole(new TitleMatch(title.start(), title.titleEnd(), title.end(),
                  title.kinds(), c, null, List.of(), title.text(), title.rule()), null)
                  .ifPresent(out::add);
            }
            return out;
          }
          if (m.plural()) {
            List<Participant> named = namedRightAfter(a, m);
            return named.isEmpty() ? lastPair() : named;
          }
          Participant reference = others.isEmpty() ? null : others.get(0);
          if (reference == null && title.isCounterpart()) {
            // "son homologue": the subject of the clause, else the person last named
            List<Participant> subject = subjectOf(a);
            reference = !subject.isEmpty() ? subject.get(0)
                : recent.isEmpty() ? null : recent.get(recent.size() - 1);
          }
          Optional<Participant> found = people.byRole(title, reference, m.sentence(), m.start());
          if (found.isEmpty() && title.country() == null && title.organization() == null) {
            // "le président" after "le président américain": the person last given that title
            String word = Names.key(title.text()).split(" ")[0];
            for (int i = recent.size() - 1; i >= 0 && found.isEmpty(); i--) {
              Participant p = recent.get(i);
              if (p.role() != null && Names.key(p.role()).startsWith(word)) {
                found = Optional.of(p);
              }
            }
          }
          // a title never stands for someone the same contact already has
          return found.filter(p -> others.stream().noneMatch(o -> o.actor().id().equals(p.actor().id())))
              .map(List::of).orElse(List.of());
        }
        default: {
          List<Participant> named = m.plural() ? namedRightAfter(a, m) : List.of();
          if (!named.isEmpty()) {
            return named;
          }
          if (m.plural() && m.count() > 2) {
            return lastPersons(m.count());
          }
          if (m.plural()) {
            return lastPair();
          }
          if (a.tree().baseRel(m.head()).equals("nsubj") && m.end() - m.start() == 1) {
            // "M. Poutine a déclaré qu'il avait eu ...": the subject of a clause above
            List<Participant> above = subjectAbove(a, m.head(), others);
            if (!above.isEmpty()) {
              return above;
            }
            Participant inSentence = lastInSentence(a, m.start(), others);
            if (inSentence != null) {
              return List.of(inSentence);
            }
            if (!lastSubjects.isEmpty() && others.stream().noneMatch(
                x -> x.actor().id().equals(lastSubjects.get(0).actor().id()))) {
              return List.of(lastSubjects.get(0));
            }
          }
          Participant before = lastBefore(a, m.start(), others);
          return before == null ? List.of() : List.of(before);
        }
      }
    }

    /**
     * "les deux chefs d'État, en l'occurrence Tshisekedi et Kagame": the persons a plural mention
     * is spelled out as right after it.
     */
    List<Participant> namedRightAfter(Analysed a, PersonMention plural) {
      List<Word> words = a.sentence().words();
      int cue = -1;
      for (int i = plural.end(); i < Math.min(words.size(), plural.end() + 7) && cue < 0; i++) {
        String w = words.get(i - 1).form().toLowerCase(java.util.Locale.ROOT);
        String next = i < words.size() ? words.get(i).form().toLowerCase(java.util.Locale.ROOT) : "";
        if (w.equals("occurrence") || w.equals("à") && next.equals("savoir")
            || w.equals("c'est-à-dire")) {
          cue = i;
        }
      }
      List<Participant> out = new ArrayList<>();
      if (cue < 0) {
        return out;
      }
      for (PersonMention m : a.mentions()) {
        if (m.start() > cue && m.kind() == PersonMention.Kind.NAME && m.start() <= cue + 8) {
          out.add(people.byName(m));
        }
      }
      return out.size() >= 2 ? out : List.of();
    }

    /** The person subject of a clause that governs the pronoun at {@code pronoun}. */
    List<Participant> subjectAbove(Analysed a, int pronoun, List<Participant> exclude) {
      Tree t = a.tree();
      int x = t.head(pronoun);
      for (int step = 0; step < 5 && x > 0; step++) {
        int h = t.head(x);
        if (h == 0) {
          break;
        }
        for (int c : t.childrenWith(h, Set.of("nsubj", "nsubj:pass"))) {
          if (c == pronoun || t.dominates(x, c)) {
            continue;
          }
          for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
            if (m.kind() == PersonMention.Kind.ANAPHOR) {
              continue;
            }
            for (Participant p : resolve(m, a, List.of())) {
              if (exclude.stream().noneMatch(e -> e.actor().id().equals(p.actor().id()))) {
                return List.of(p);
              }
            }
          }
        }
        x = h;
      }
      return List.of();
    }

    /** The last person named earlier in the same sentence, or null. */
    Participant lastInSentence(Analysed a, int position, List<Participant> exclude) {
      for (int i = a.mentions().size() - 1; i >= 0; i--) {
        PersonMention m = a.mentions().get(i);
        if (m.start() < position && m.kind() == PersonMention.Kind.NAME && people.isPerson(m)) {
          Participant p = people.byName(m);
          if (exclude.stream().noneMatch(x -> x.actor().id().equals(p.actor().id()))) {
            return p;
          }
        }
      }
      return null;
    }

    /** The most recent person named before a position (this sentence first, then earlier ones). */
    Participant lastBefore(Analysed a, int position, List<Participant> exclude) {
      for (int i = a.mentions().size() - 1; i >= 0; i--) {
        PersonMention m = a.mentions().get(i);
        if (m.start() < position && m.kind() == PersonMention.Kind.NAME) {
          Participant p = people.byName(m);
          if (exclude.stream().noneMatch(x -> x.actor().id().equals(p.actor().id()))) {
            return p;
          }
        }
      }
      for (int i = recent.size() - 1; i >= 0; i--) {
        Participant p = recent.get(i);
        if (exclude.stream().noneMatch(x -> x.actor().id().equals(p.actor().id()))) {
          return p;
        }
      }
      return null;
    }

    /** "les deux présidents", "leur": the parties of the last contact, else the last two named. */
    List<Participant> lastPair() {
      if (lastContact.size() >= 2) {
        return lastContact;
      }
      List<Participant> pair = new ArrayList<>();
      for (int i = recent.size() - 1; i >= 0 && pair.size() < 2; i--) {
        Participant p = recent.get(i);
        if (pair.stream().noneMatch(x -> x.actor().id().equals(p.actor().id()))) {
          pair.add(0, p);
        }
      }
      return pair.size() == 2 ? pair : List.of();
    }

    /** "les trois chefs de gouvernement": the last n persons named. */
    List<Participant> lastPersons(int n) {
      if (lastContact.size() == n) {
        return lastContact;
      }
      List<Participant> out = new ArrayList<>();
      for (int i = recent.size() - 1; i >= 0 && out.size() < n; i--) {
        Participant p = recent.get(i);
        if (out.stream().noneMatch(x -> x.actor().id().equals(p.actor().id()))) {
          out.add(0, p);
        }
      }
      return out.size() == n ? out : List.of();
    }

    /** The person subject of the sentence's main clause, resolved without anaphora. */
    List<Participant> subjectOf(Analysed a) {
      Tree t = a.tree();
      for (int i = 1; i <= t.size(); i++) {
        if (t.head(i) == 0) {
          for (int c : t.childrenWith(i, Set.of("nsubj", "nsubj:pass"))) {
            for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
              if (m.kind() == PersonMention.Kind.NAME && people.isPerson(m)) {
                return List.of(people.byName(m));
              }
            }
          }
        }
      }
      return List.of();
    }

    /** "sa rencontre avec X": the subject of the sentence, else of the sentence before. */
    List<Participant> clauseSubject(Analysed a) {
      Tree t = a.tree();
      for (int i = 1; i <= t.size(); i++) {
        if (t.head(i) == 0) {
          for (int c : t.childrenWith(i, Set.of("nsubj", "nsubj:pass"))) {
            List<Participant> found = new ArrayList<>();
            for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
              found.addAll(resolve(m, a, List.of())); // names, titles, and "il"
            }
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
      // "Lors de sa rencontre avec Rex Tillerson, Vladimir Poutine a parlé ...", parsed with the
      // clause under the name: a person subject anywhere in the sentence
      for (int i = 1; i <= t.size(); i++) {
        if (t.baseRel(i).equals("nsubj")) {
          for (PersonMention m : Arguments.spread(t, i, a.mentions())) {
            if (m.kind() == PersonMention.Kind.NAME) {
              List<Participant> found = resolve(m, a, List.of());
              if (!found.isEmpty()) {
                return found;
              }
            }
          }
        }
      }
      return lastSubjects;
    }

    void afterSentence(Analysed a) {
      for (PersonMention m : a.mentions()) {
        if (m.kind() == PersonMention.Kind.NAME && people.isPerson(m)) {
          recent.add(people.byName(m));
        } else if (m.kind() == PersonMention.Kind.ROLE && !m.title().isCounterpart()
            && (!m.plural() || !m.title().moreCountries().isEmpty())) {
          recent.addAll(resolve(m, a, List.of()));
        }
      }
      List<Participant> subjects = clauseSubjectOnly(a);
      if (!subjects.isEmpty()) {
        lastSubjects = subjects;
      }
    }

    private List<Participant> clauseSubjectOnly(Analysed a) {
      Tree t = a.tree();
      for (int i = 1; i <= t.size(); i++) {
        if (t.head(i) == 0) {
          for (int c : t.childrenWith(i, Set.of("nsubj", "nsubj:pass"))) {
            for (PersonMention m : Arguments.spread(t, c, a.mentions())) {
              if (m.kind() == PersonMention.Kind.NAME) {
                return List.of(people.byName(m));
              }
            }
          }
        }
      }
      return List.of();
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
