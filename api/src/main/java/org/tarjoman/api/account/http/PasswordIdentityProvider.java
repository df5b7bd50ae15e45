package org.tarjoman.api.account.http;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

import org.jboss.logging.Logger;
import org.tarjoman.api.account.Accounts;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.account.SignInThrottle;

/**
 * Checks a name and password posted to {@code /j_security_check}. After failures the check waits
 * first ({@link SignInThrottle}: a timer, no thread held), then runs the bcrypt comparison on a
 * worker thread. Successes and failures are logged and audited.
 */
@ApplicationScoped
class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(PasswordIdentityProvider.class);

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    PasswordIdentityProvider(Accounts accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String name = request.getUsername() == null ? "" : request.getUsername().strip();
        String password = new String(request.getPassword().getPassword());
        String address = ClientAddress.of(HttpSecurityUtils.getRoutingContextAttribute(request));
        Duration wait = throttle.delay(name, address);
        Uni<Void> pause = wait.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
        return pause.chain(() -> context.runBlocking(() -> check(name, password, address)));
    }

    private SecurityIdentity check(String name, String password, String address) {
        Principal principal = accounts.verify(name, password).orElse(null);
        if (principal == null) {
            throttle.failed(name, address);
            LOG.warnf("Failed sign-in of '%s' from %s", name, address);
            audit.record(name, AuditAction.SIGN_IN_FAILED, name, null, address);
            throw new AuthenticationFailedException("Wrong name or password.");
        }
        throttle.succeeded(name, address);
        audit.record(name, AuditAction.SIGN_IN, name, null, address);
        return Identities.of(principal);
    }
}
