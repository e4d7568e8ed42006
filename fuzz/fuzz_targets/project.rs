//! Any bytes → a project or a typed error (never a panic); a project that opens saves and reopens the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzzed.dramatis");
    if let Ok(project) = dramatis::project::Project::from_bytes(data, path) {
        let bytes = project.to_bytes();
        let again = dramatis::project::Project::from_bytes(&bytes, path).expect("a saved project reopens");
        assert_eq!(again, project);
    }
});

