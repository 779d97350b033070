-- Axon Framework's JDBC storage, created by migration rather than by the framework, so that payloads, metadata and
-- tokens are bytea (never PostgreSQL large objects, which JPA's @Lob would create and which grow without bound).
-- Indexes as Axon's "Relational Database Tuning" page asks: unique (aggregate, sequence) and unique event id.

create table domainevententry (
    globalindex         bigserial    primary key,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    constraint domainevententry_aggregate_sequence unique (aggregateidentifier, sequencenumber),
    constraint domainevententry_event_identifier unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    constraint snapshotevententry_event_identifier unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid         varchar(255) primary key,
    revision       varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea
);

create table associationvalueentry (
    id               bigserial    primary key,
    associationkey   varchar(255) not null,
    associationvalue varchar(255),
    sagaid           varchar(255) not null,
    sagatype         varchar(255)
);
create index associationvalueentry_saga_type_key_value on associationvalueentry (sagatype, associationkey, associationvalue);
create index associationvalueentry_saga_id_type on associationvalueentry (sagaid, sagatype);
