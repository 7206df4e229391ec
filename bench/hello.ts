// The tsx hello-world: what start-up costs before any engine code runs.
process.stdout.write('ready {}\n');
