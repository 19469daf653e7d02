package org.switchboard.it.pair.fault;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /pair-faults/database?fault=break} renames the table the consoles need (their receptionist
 * accounts) so that every query of it fails as on a corrupt database; {@code fault=repair} renames it back. Both go
 * through the product's datasource, so the break is what the running application sees at once.
 */
@WebServlet("/database")
public class DatabaseFaultServlet extends HttpServlet {

    static final String TABLE = "receptionist_account";
    static final String BROKEN = "receptionist_account_broken";

    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fault = request.getParameter("fault");
        String sql = switch (fault == null ? "" : fault) {
            case "break" -> "ALTER TABLE " + TABLE + " RENAME TO " + BROKEN;
            case "repair" -> "ALTER TABLE " + BROKEN + " RENAME TO " + TABLE;
            default -> null;
        };
        if (sql == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "fault=break or fault=repair");
            return;
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            response.setContentType("text/plain");
            response.getWriter().println(sql);
        } catch (SQLException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, sql + ": " + e.getMessage());
        }
    }
}
