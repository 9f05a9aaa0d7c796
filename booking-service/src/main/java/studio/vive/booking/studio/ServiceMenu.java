package studio.vive.booking.studio;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.audit.AuditLog;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.studio.ServiceForms.NewService;
import studio.vive.booking.studio.ServiceForms.ServiceAdminView;
import studio.vive.booking.studio.ServiceForms.ServiceChanges;

/**
 * The admin's services: add, edit, deactivate. An inactive service is not offered (the catalogue
 * serves active services only). Bookings keep the times they were made with, so a new duration
 * applies to new bookings only.
 */
@Singleton
class ServiceMenu {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMenu.class);

    private final StudioRecords.Services services;
    private final AuditLog audit;

    ServiceMenu(StudioRecords.Services services, AuditLog audit) {
        this.services = services;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<ServiceAdminView> all() {
        return services.findAllOrderByCode().stream().map(ServiceAdminView::of).toList();
    }

    /** @throws ProblemException 409 when the code is taken */
    @Transactional
    ServiceAdminView add(NewService form, String staffUser) {
        form.validate();
        if (services.existsByCode(form.code())) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "A service with this code already exists.");
        }
        MassageService service = services.save(new MassageService(form.code(), form.name(), form.description(),
                form.durationMinutes(), cents(form.price()), form.currency(), true));
        ServiceAdminView view = ServiceAdminView.of(service);
        audit.record(staffUser, "service.added", subject(service.code()), null, view);
        LOG.info("Service {} added by {}", service.code(), staffUser);
        return view;
    }

    /** @throws ProblemException 404 for an unknown service */
    @Transactional
    ServiceAdminView change(String code, ServiceChanges changes, String staffUser) {
        changes.validate();
        MassageService before = services.findByCodeForUpdate(code).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No service with this code."));
        MassageService after = services.update(new MassageService(code,
                Objects.requireNonNullElse(changes.name(), before.name()),
                Objects.requireNonNullElse(changes.description(), before.description()),
                Objects.requireNonNullElse(changes.durationMinutes(), before.durationMinutes()),
                changes.price() == null ? before.priceCents() : cents(changes.price()), before.currency(),
                Objects.requireNonNullElse(changes.active(), before.active())));
        ServiceAdminView view = ServiceAdminView.of(after);
        audit.record(staffUser, "service.changed", subject(code), ServiceAdminView.of(before), view);
        LOG.info("Service {} changed by {}", code, staffUser);
        return view;
    }

    private static int cents(BigDecimal price) {
        return price.movePointRight(2).intValueExact();
    }

    private static String subject(String code) {
        return "service:" + code;
    }
}
