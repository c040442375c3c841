package vn.phoihop.publicpages;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;

/**
 * The Atom feed (RFC 4287) of a public program: one entry per PUBLIC progress report and per approved review,
 * newest first, written with the JDK's StAX writer (escaping included). Vietnamese, as the public page's default.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private record Entry(String id, String title, Instant updated, String link, String content) {
    }

    private AtomFeed() {
    }

    static String write(PublicProgram p, String baseUrl, Instant updated, MessageSource messages, ZoneId zone) {
        String page = baseUrl + "/public/programs/" + p.id();
        List<Entry> entries = new ArrayList<>();
        for (PublicProgram.ThemeView theme : p.themes()) {
            for (PublicProgram.TaskView t : theme.tasks()) {
                for (PublicProgram.ReportView r : t.reports()) {
                    entries.add(new Entry("urn:phoihop:program:" + p.id() + ":progress:" + r.id(),
                            messages.getMessage("publicpages.feed.progress", new Object[] {t.title(),
                                    String.valueOf(r.percent())}, VIETNAMESE),
                            r.createdAt() != null ? r.createdAt() : start(r.reportedOn(), zone),
                            page + "#task-" + t.id(), r.text()));
                }
            }
        }
        for (PublicProgram.ReviewView r : p.reviews()) {
            entries.add(new Entry("urn:phoihop:program:" + p.id() + ":review:" + r.id(),
                    messages.getMessage("publicpages.feed.review", new Object[] {
                            messages.getMessage("publicpages.review.kind." + r.kind(), null, VIETNAMESE),
                            r.periodStart().toString(), r.periodEnd().toString()}, VIETNAMESE),
                    start(r.approvedOn() != null ? r.approvedOn() : r.periodEnd(), zone), page + "#review-" + r.id(),
                    messages.getMessage("publicpages.feed.reviewFigures", new Object[] {
                            String.valueOf(r.tasksTotal()), String.valueOf(r.doneOnTime()),
                            String.valueOf(r.doneLate()), String.valueOf(r.overdue()),
                            String.valueOf(r.onTimeRate())}, VIETNAMESE)));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", "vi");
            text(x, "id", "urn:phoihop:program:" + p.id());
            text(x, "title", p.title());
            text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(x, "self", page + "/feed.atom");
            link(x, "alternate", page);
            x.writeStartElement("author");
            text(x, "name", p.keeperName() == null ? p.title() : p.keeperName());
            x.writeEndElement();
            for (Entry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", e.id());
                text(x, "title", e.title());
                text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                link(x, "alternate", e.link());
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters(e.content() == null ? "" : e.content());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
