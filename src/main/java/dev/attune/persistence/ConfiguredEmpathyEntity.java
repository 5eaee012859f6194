package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The configured score of an agent whose pool routes on learned or blended scores, and the score routed. */
@Entity
@Table(name = "configured_empathy")
public class ConfiguredEmpathyEntity extends PanacheEntityBase {
    @Id
    @Column(name = "agent_id")
    public String agentId;
    public double empathy;
    public double routed;
}
