package org.commitmenttracker.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionOperations;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.access.expression.WebSecurityExpressionRoot;
import org.springframework.stereotype.Component;

/**
 * Answers the templates' {@code sec:authorize="hasRole('EDITOR')"} with the same role hierarchy as the URL rules, so an
 * admin is shown what an editor is. thymeleaf-extras-springsecurity6 looks for a handler of {@link FilterInvocation}
 * expressions, which Spring Security 7 no longer declares by itself.
 */
@Component
@ConditionalOnWebApplication
class TemplateSecurityExpressions extends AbstractSecurityExpressionHandler<FilterInvocation> {

    TemplateSecurityExpressions(RoleHierarchy roles) {
        setRoleHierarchy(roles);
    }

    @Override
    protected SecurityExpressionOperations createSecurityExpressionRoot(
            Authentication authentication, FilterInvocation invocation) {
        WebSecurityExpressionRoot root = new WebSecurityExpressionRoot(authentication, invocation);
        root.setRoleHierarchy(getRoleHierarchy());
        root.setTrustResolver(new AuthenticationTrustResolverImpl());
        return root;
    }
}
