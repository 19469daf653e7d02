package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;

/** The OpenAPI document the server provisioned with the microprofile-openapi layer serves for the shipped EAR. */
@ExtendWith(ArquillianExtension.class)
class PresenceApiDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void theDocumentListsEveryPathOfThePresenceApi_withTheBasicSecurityScheme() {
        HttpResponse<String> response = PresenceApiClient.anonymous().get("/openapi?format=JSON");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject document = PresenceApiClient.json(response);
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("paths").keySet()).as(response.body()).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/passive-logins")).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/passive-logins/{id}")).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/passive-logins/{id}/lease")).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/users/{user}/presence")).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/users/{user}/note")).anySatisfy(path -> assertThat(path)
                .endsWith("/presence/v1/users/{user}/attributes"));
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("integration");
        assertThat(scheme.getString("type")).isEqualTo("http");
        assertThat(scheme.getString("scheme")).isEqualTo("basic");
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("PassiveLogin", "Presence", "PassiveLoginRequest");
    }
}
