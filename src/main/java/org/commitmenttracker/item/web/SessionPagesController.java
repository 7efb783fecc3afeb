package org.commitmenttracker.item.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.item.session.SessionFacts;
import org.commitmenttracker.item.session.SessionPaging;
import org.commitmenttracker.item.session.SessionQueries;
import org.commitmenttracker.item.session.SessionView;
import org.commitmenttracker.item.session.SessionViews;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.query.Directory;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.web.PageParams;
import org.commitmenttracker.web.Pager;
import org.commitmenttracker.web.ReadModels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Sessions grouped by body, newest first; and one session as GET /api/sessions/{id} describes it. */
@Controller
class SessionPagesController {

    private final SessionQueries sessions;
    private final SessionViews views;
    private final Catalogue catalogue;
    private final Directory directory;

    SessionPagesController(SessionQueries sessions, SessionViews views, Catalogue catalogue, Directory directory) {
        this.sessions = sessions;
        this.views = views;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @GetMapping("/sessions")
    String list(@RequestParam Map<String, String> raw, Model model) {
        PageParams params = PageParams.of(raw);
        var from = params.date("from");
        var to = params.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            params.reject("from", "page.error.range");
        }
        TimeAxes axes = new TimeAxes(params.date("asOf"), params.instant("knownAt"));
        List<SessionFacts> held = sessions.list(params.text("body"), params.date("from"), params.date("to"), axes);
        Map<String, List<SessionFacts>> byBody = new TreeMap<>();
        held.forEach(session -> byBody.computeIfAbsent(session.body(), body -> new java.util.ArrayList<>())
                .add(session));
        model.addAttribute("params", params);
        model.addAttribute("byBody", new LinkedHashMap<>(byBody));
        model.addAttribute(
                "bodies",
                sessions.choices(TimeAxes.now()).stream()
                        .map(SessionFacts::body)
                        .distinct()
                        .sorted()
                        .toList());
        return "sessions/list";
    }

    @GetMapping("/sessions/{sessionId}")
    String session(@PathVariable String sessionId, @RequestParam Map<String, String> raw, Model model) {
        if (catalogue
                .find(sessionId)
                .filter(known -> known.aggregateType().equals("Session"))
                .isEmpty()) {
            throw new NotRecorded("session", sessionId);
        }
        PageParams params = PageParams.of(raw);
        TimeAxes asked = new TimeAxes(params.date("asOf"), params.instant("knownAt"));
        boolean latest = params.text("knownAt") == null;
        boolean caughtUp = !latest
                || ReadModels.await(() -> sessions.find(sessionId, new TimeAxes(ReadModels.EVERY_DATE, null))
                        .isPresent());
        model.addAttribute("params", params);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("behind", !caughtUp);
        try {
            Integer page = params.number("page");
            SessionView view = views.view(
                    sessionId,
                    latest ? new TimeAxes(asked.asOf(), null) : asked,
                    new SessionPaging(page == null || page < 0 ? 0 : page, null));
            model.addAttribute("view", view);
            model.addAttribute("members", membersOnTheDay(view));
            model.addAttribute(
                    "pager", new Pager(view.page(), view.size(), view.longestList(), "/sessions/" + sessionId, params));
            return "sessions/session";
        } catch (NotRecorded notThen) {
            return "sessions/pending";
        }
    }

    /** Who belonged to the body on the day the session was held (members and suspended ones), as known at knownAt. */
    private List<Directory.Member> membersOnTheDay(SessionView view) {
        TimeAxes onTheDay = new TimeAxes(view.session().worldDate().date(), view.knownAt());
        return directory.body(view.session().body(), onTheDay).stream()
                .flatMap(body -> body.members().stream())
                .filter(member ->
                        member.status().equals("MEMBER") || member.status().equals("SUSPENDED"))
                .toList();
    }
}
