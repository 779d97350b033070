package ge.mimartva.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * E-mails a notification to a body's address over SMTP. The mail says that there is a notification and which rule
 * produced it, never who the child is: the recipient reads it in the platform. Its Message-ID carries the job id,
 * so a mail sent twice is recognisably the same.
 */
@Component
public class EmailSender implements ChannelSender {

    public static final String CHANNEL = "EMAIL";

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    public EmailSender(ObjectProvider<JavaMailSender> mail, RecipientChannels channels,
                       @Value("${mimartva.notification.mail-from:notifications@mimartva.example}") String from) {
        if (channels.anyEmail() && mail.getIfAvailable() == null) {
            throw new IllegalStateException("The channel directory has e-mail recipients but no SMTP server is set (spring.mail.host)");
        }
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(DeliveryJob job) throws DeliveryFailed {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailed("no SMTP server configured");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(job.endpoint());
            helper.setSubject("Mimartva: a notification for your body (" + job.notificationId() + ")");
            helper.setText("""
                    მიმართვა / Mimartva

                    Your body has a new notification: what it is about, under which rule, and by when it is to be
                    acknowledged.
                    %s
                    """.formatted(job.payload()));
            message.saveChanges();
            message.setHeader("Message-ID", "<" + job.jobId() + "@mimartva>");
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailed(e.getClass().getSimpleName());
        }
    }
}
