package org.crosswalk.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** A {@link FuzzTarget} put together from its seeds, its way of damaging them and its call. */
final class ReaderTarget implements FuzzTarget {
    @FunctionalInterface
    interface Damage {
        Mutation apply(byte[] seed, Random random);
    }

    @FunctionalInterface
    interface Call {
        Outcome run(Path file, Path folder) throws Exception;
    }

    private final String name;
    private final List<Seed> seeds;
    private final Damage damage;
    private final Call call;

    ReaderTarget(String name, List<Seed> seeds, Damage damage, Call call) {
        this.name = name;
        this.seeds = List.copyOf(seeds);
        this.damage = damage;
        this.call = call;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Seed> seeds() {
        return seeds;
    }

    @Override
    public Mutation mutate(Seed seed, Random random) {
        return damage.apply(seed.bytes(), random);
    }

    @Override
    public Outcome run(Path file, Path folder) throws Exception {
        return call.run(file, folder);
    }
}
