package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.management.JMX;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.presence.ops.IntegrationsMXBean;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * A CTI server uses the presence API of the deployed EAR over real HTTP, as an integration whose account an
 * administrator created over JMX: it is refused without its credentials, logs users in passively, keeps their
 * logins alive, logs them out one by one or all at once, sees only its own logins, and finds a login whose lease
 * ran out gone (404: it logs the user in again). A user's presence follows her passive logins.
 */
@ExtendWith(ArquillianExtension.class)
class PresenceApiIT {

    private static final String PASSWORD = "cti-s3cret:with colon";

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(PresenceApiIT.class);
    }

    private final IntegrationsMXBean integrations = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf("Integrations"), IntegrationsMXBean.class);

    private static String newName() {
        return "cti-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new integration account, for this test alone. */
    private PresenceApiClient newIntegration(String name) {
        assertThat(integrations.createIntegration(name, PASSWORD)).contains(name).doesNotContain(PASSWORD);
        return PresenceApiClient.as(name, PASSWORD);
    }

    private PresenceApiClient newIntegration() {
        return newIntegration(newName());
    }

    private static String newUser() {
        return "7" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(PresenceApiClient.json(response).getInt("status")).isEqualTo(status);
    }

    private static String field(HttpResponse<String> response) {
        assertProblem(response, 400);
        return PresenceApiClient.json(response).getString("field");
    }

    @Test
    void givenNoCredentials_thenRefused401WithABasicChallengeAndAProblemBody() {
        HttpResponse<String> response = PresenceApiClient.anonymous().get("/passive-logins");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic realm=");
    }

    @Test
    void givenAWrongPasswordAnUnknownIntegrationOrAnotherScheme_thenRefused401() {
        String user = newUser();
        String name = newName();
        PresenceApiClient known = newIntegration(name);

        assertProblem(PresenceApiClient.as(name, "wrong").get("/users/" + user + "/presence"), 401);
        assertProblem(PresenceApiClient.as("no-such-cti", PASSWORD).get("/users/" + user + "/presence"), 401);
        assertProblem(PresenceApiClient.withAuthorization("Bearer abc").get("/users/" + user + "/presence"), 401);
        assertProblem(PresenceApiClient.withAuthorization("Basic !!!").post("/passive-logins",
                "{\"user\":\"" + user + "\"}"), 401);
        assertThat(known.get("/users/" + user + "/presence").statusCode()).isEqualTo(200);
        assertThat(known.get("/users/" + user + "/presence").body()).contains("\"status\":\"offline\"");
    }

    @Test
    void givenAPassiveLogin_then201WithLocationAndTheLogin_andTheUserIsOnline() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();
        Instant before = Instant.now();

        HttpResponse<String> response = cti.post("/passive-logins",
                "{\"user\":\"" + user + "\",\"status\":\"busy\",\"leaseSeconds\":60}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject login = PresenceApiClient.json(response);
        String id = login.getString("id");
        assertThat(PresenceApiClient.location(response).getPath()).isEqualTo(PresenceApiClient.BASE + "/passive-logins/" + id);
        assertThat(login.getString("user")).isEqualTo(user);
        assertThat(login.getString("status")).isEqualTo("busy");
        assertThat(login.getJsonNumber("leaseSeconds").longValue()).isBetween(59L, 60L);
        assertThat(Instant.parse(login.getString("leaseEnds"))).isBetween(before.plusSeconds(59), Instant.now().plusSeconds(61));
        JsonObject presence = PresenceApiClient.json(cti.get("/users/" + user + "/presence"));
        assertThat(presence.getString("user")).isEqualTo(user);
        assertThat(presence.getString("status")).isEqualTo("busy");
        assertThat(presence.getBoolean("onPhone")).isFalse();
        assertThat(presence.getJsonNumber("version").longValue()).isPositive();
    }

    @Test
    void givenAPassiveLoginWithoutStatus_thenTheUserIsAvailable_andLoggingOutLeavesHerOffline() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();
        String id = cti.logIn("{\"user\":\"" + user + "\"}");
        assertThat(PresenceApiClient.json(cti.get("/users/" + user + "/presence")).getString("status"))
                .isEqualTo("available");

        HttpResponse<String> loggedOut = cti.delete("/passive-logins/" + id);

        assertThat(loggedOut.statusCode()).isEqualTo(204);
        JsonObject presence = PresenceApiClient.json(cti.get("/users/" + user + "/presence"));
        assertThat(presence.getString("status")).isEqualTo("offline");
        assertProblem(cti.delete("/passive-logins/" + id), 404);
        assertProblem(cti.put("/passive-logins/" + id + "/lease"), 404);
    }

    @Test
    void givenALiveLogin_whenKeptAlive_then200AndALeaseEndingNoEarlier() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();
        HttpResponse<String> created = cti.post("/passive-logins", "{\"user\":\"" + user + "\",\"leaseSeconds\":30}");
        JsonObject login = PresenceApiClient.json(created);

        HttpResponse<String> kept = cti.put("/passive-logins/" + login.getString("id") + "/lease");

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        JsonObject renewed = PresenceApiClient.json(kept);
        assertThat(renewed.getString("id")).isEqualTo(login.getString("id"));
        assertThat(renewed.getString("user")).isEqualTo(user);
        assertThat(renewed.containsKey("status")).as("a login without status has none").isFalse();
        assertThat(Instant.parse(renewed.getString("leaseEnds")))
                .isAfterOrEqualTo(Instant.parse(login.getString("leaseEnds")));
        assertThat(renewed.getJsonNumber("leaseSeconds").longValue()).isBetween(29L, 30L);
    }

    @Test
    void givenTwoIntegrations_thenEachListsAndEndsOnlyItsOwnLogins() {
        PresenceApiClient first = newIntegration();
        PresenceApiClient second = newIntegration();
        String firstUser = newUser();
        String secondUser = newUser();
        String firstId = first.logIn("{\"user\":\"" + firstUser + "\"}");
        String secondId = second.logIn("{\"user\":\"" + secondUser + "\"}");

        assertThat(ids(first)).containsExactly(firstId);
        assertThat(ids(second)).containsExactly(secondId);
        assertProblem(second.put("/passive-logins/" + firstId + "/lease"), 404);
        assertProblem(second.delete("/passive-logins/" + firstId), 404);
        assertThat(ids(first)).as("the other integration's attempts left it").containsExactly(firstId);
        assertThat(PresenceApiClient.json(second.delete("/passive-logins")).getInt("ended")).isEqualTo(1);
        assertThat(ids(first)).containsExactly(firstId);
        assertThat(PresenceApiClient.json(first.get("/users/" + firstUser + "/presence")).getString("status"))
                .isEqualTo("available");
    }

    @Test
    void givenARestartingCti_whenItLogsOutAll_thenAllItsLoginsEnd_andItsUsersAreOffline() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();
        String other = newUser();
        cti.logIn("{\"user\":\"" + user + "\"}");
        cti.logIn("{\"user\":\"" + user + "\",\"status\":\"away\"}");
        cti.logIn("{\"user\":\"" + other + "\"}");
        assertThat(ids(cti)).hasSize(3);

        HttpResponse<String> response = cti.delete("/passive-logins");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(PresenceApiClient.json(response).getInt("ended")).isEqualTo(3);
        assertThat(ids(cti)).isEmpty();
        assertThat(PresenceApiClient.json(cti.get("/users/" + user + "/presence")).getString("status")).isEqualTo("offline");
        assertThat(PresenceApiClient.json(cti.get("/users/" + other + "/presence")).getString("status")).isEqualTo("offline");
        assertThat(PresenceApiClient.json(cti.delete("/passive-logins")).getInt("ended")).isZero();
    }

    @Test
    void givenALoginNotKeptAlive_whenItsLeaseRunsOut_thenItIsGone_andKeepAliveAnswers404() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();
        String id = cti.logIn("{\"user\":\"" + user + "\",\"leaseSeconds\":30}");
        assertThat(ids(cti)).containsExactly(id);

        Await.until("the login's lease ran out", () -> ids(cti).isEmpty(), Duration.ofSeconds(45));

        assertProblem(cti.put("/passive-logins/" + id + "/lease"), 404);
        assertThat(PresenceApiClient.json(cti.put("/passive-logins/" + id + "/lease")).getString("detail"))
                .contains("log the user in again");
        assertThat(PresenceApiClient.json(cti.get("/users/" + user + "/presence")).getString("status")).isEqualTo("offline");
    }

    @Test
    void givenANoteAndAttributes_thenThePresenceCarriesThem() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();

        HttpResponse<String> noted = cti.put("/users/" + user + "/note", "{\"note\":\"back at 2 pm\"}");
        HttpResponse<String> attributed = cti.put("/users/" + user + "/attributes",
                "{\"attributes\":{\"room\":\"B12\",\"team\":\"sales\"}}");

        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        assertThat(PresenceApiClient.json(noted).getString("note")).isEqualTo("back at 2 pm");
        assertThat(attributed.statusCode()).as(attributed.body()).isEqualTo(200);
        JsonObject presence = PresenceApiClient.json(cti.get("/users/" + user + "/presence"));
        assertThat(presence.getString("note")).isEqualTo("back at 2 pm");
        assertThat(presence.getJsonObject("attributes").getString("room")).isEqualTo("B12");
        assertThat(presence.getJsonObject("attributes").getString("team")).isEqualTo("sales");
        assertThat(presence.getJsonNumber("version").longValue())
                .isGreaterThan(PresenceApiClient.json(noted).getJsonNumber("version").longValue());
    }

    @Test
    void givenBadParameters_then400ProblemsNamingTheField() {
        PresenceApiClient cti = newIntegration();
        String user = newUser();

        assertThat(field(cti.post("/passive-logins", "{\"user\":\"" + user + "\",\"leaseSeconds\":1}")))
                .isEqualTo("leaseSeconds");
        assertThat(field(cti.post("/passive-logins", "{\"user\":\"" + user + "\",\"leaseSeconds\":3601}")))
                .isEqualTo("leaseSeconds");
        assertThat(field(cti.post("/passive-logins", "{\"user\":\"" + user + "\",\"status\":\"lunch\"}")))
                .isEqualTo("status");
        assertThat(field(cti.post("/passive-logins", "{\"user\":\"no user\"}"))).isEqualTo("user");
        assertThat(field(cti.post("/passive-logins", "{\"user\":"))).isEqualTo("body");
        assertThat(field(cti.put("/users/" + user + "/note", "{\"note\":\"" + "x".repeat(70_000) + "\"}")))
                .isEqualTo("body");
        assertThat(field(cti.get("/users/no%20user/presence"))).isEqualTo("user");
        assertThat(field(cti.put("/passive-logins/not-a-uuid/lease"))).isEqualTo("id");
        assertThat(field(cti.put("/users/" + user + "/attributes", "{\"attributes\":{\"room\":12}}")))
                .isEqualTo("attributes");
        assertThat(ids(cti)).as("nothing refused was logged in").isEmpty();
    }

    @Test
    void givenAnIntegrationRemovedOverJmx_thenItsLoginsEnd_andItsRequestsAreRefused() {
        String name = newName();
        PresenceApiClient cti = newIntegration(name);
        String user = newUser();
        cti.logIn("{\"user\":\"" + user + "\"}");
        assertThat(integrations.listIntegrations()).anyMatch(line -> line.startsWith(name + " ") && line.endsWith(" 1"));

        String answer = integrations.removeIntegration(name);

        assertThat(answer).contains(name).contains("1 passive logins ended");
        assertProblem(cti.get("/passive-logins"), 401);
        assertThat(PresenceApiClient.json(newIntegration().get("/users/" + user + "/presence")).getString("status"))
                .isEqualTo("offline");
        assertThatThrownBy(() -> integrations.removeIntegration(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
        assertThatThrownBy(() -> integrations.createIntegration("bad name", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integration name");
    }

    private static List<String> ids(PresenceApiClient cti) {
        HttpResponse<String> response = cti.get("/passive-logins");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PresenceApiClient.json(response).getJsonArray("logins").stream()
                .map(login -> ((JsonString) login.asJsonObject().get("id")).getString()).toList();
    }
}
