package org.switchboard.it.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /presence-probe/offline?from=n}: the UserOffline messages heard from the n-th on, one line each. */
@WebServlet("/offline")
public class HeardOfflinePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HeardOffline heard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String from = request.getParameter("from");
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder body = new StringBuilder();
        heard.from(from == null ? 0 : Integer.parseInt(from)).forEach(line -> body.append(line).append('\n'));
        response.getWriter().write(body.toString());
    }
}
