package hub.preview;

import hub.diagnostic.Diagnostic;
import hub.text.Html;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the preview adds to every HTML page: a tiny script that reloads the tab when a rebuild
 * finishes, and, while the content has errors, an overlay listing them as path:line:col with hints.
 */
final class LiveReload {
    private LiveReload() {
    }

    /**
     * The page knows the build generation it was served from: when its event stream connects (or reconnects)
     * and the server is at a newer one, a save landed in between, and the tab reloads. Without it, a save
     * that finished before the stream connected would never reach that tab.
     */
    static String script(long generation) {
        return "<script>(function(){var g='" + generation + "',s=new EventSource('" + PreviewServer.EVENTS + "');"
                + "function check(e){if(e.data!==g)location.reload();}"
                + "s.addEventListener('hello',check);s.addEventListener('reload',check);})();</script>";
    }

    static byte[] inject(byte[] html, List<Diagnostic> problems, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder add = new StringBuilder(script(generation));
        if (!problems.isEmpty()) add.append(overlay(problems));
        int at = page.lastIndexOf("</body>");
        page = at < 0 ? page + add : page.substring(0, at) + add + page.substring(at);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    static String overlay(List<Diagnostic> problems) {
        StringBuilder sb = new StringBuilder("<div id=\"hub-error-overlay\" role=\"alertdialog\" aria-labelledby=\"hub-error-title\" "
                + "style=\"position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.85);color:#fff;overflow:auto;"
                + "padding:2rem;font:16px/1.5 ui-monospace,monospace\"><h2 id=\"hub-error-title\" style=\"color:#ffdd00\">"
                + "The site has " + problems.size() + " error" + (problems.size() == 1 ? "" : "s")
                + " (showing the last good build underneath)</h2><ul style=\"list-style:none;padding:0\">");
        for (Diagnostic d : problems.subList(0, Math.min(50, problems.size()))) {
            sb.append("<li style=\"margin:0 0 1rem\"><strong>").append(Html.escape(d.ref().toString())).append("</strong>: ")
                    .append(Html.escape(d.message()));
            if (d.hint() != null) sb.append("<br><span style=\"color:#ccc\">hint: ").append(Html.escape(d.hint())).append("</span>");
            sb.append("</li>");
        }
        return sb.append("</ul></div>").toString();
    }
}
